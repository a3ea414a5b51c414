package io.backops.settings.web;

import io.backops.settings.Grant;
import io.backops.settings.ProductSettings;
import io.backops.settings.Settings;
import io.backops.shared.ValidationException;
import io.backops.shared.web.Callers;
import io.backops.shared.web.FormProblems;
import io.backops.shared.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The product settings as a page for IT admins: the same document as {@code /api/settings}, as a form. Lists are
 * one entry per line; what the form cannot read (a date, a number) is named like any other bad field.
 */
@Controller
@WebPage
class SettingsPages {

    static final List<String> EVENTS = List.of("ACCEPTED", "REJECTED", "DRAFT", "ESCALATED");
    static final List<String> RISK_CLASSES = List.of("SAFE", "UNCERTAIN", "RISKY");

    private final Settings settings;

    SettingsPages(Settings settings) {
        this.settings = settings;
    }

    @GetMapping("/settings")
    String page(Authentication caller, Model model) {
        Callers.requireAdmin(caller, "Only IT admins change the product settings");
        return show(model, SettingsForm.of(settings.current()));
    }

    @PostMapping("/settings")
    String save(@RequestParam MultiValueMap<String, String> fields, Authentication caller, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        Callers.requireAdmin(caller, "Only IT admins change the product settings");
        SettingsForm form = SettingsForm.from(fields);
        Map<String, String> errors = new LinkedHashMap<>(form.unreadable());
        if (errors.isEmpty()) {
            try {
                settings.update(caller.getName(), form.settings());
                redirect.addFlashAttribute("notice", "Settings saved. Every node uses them within seconds.");
                return "redirect:/settings";
            } catch (ValidationException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        FormProblems.show(byField(errors), HttpStatus.UNPROCESSABLE_ENTITY, model, response);
        return show(model, form);
    }

    /** "reasons.reject[3]" is shown at the reasons.reject field, as its line 4. */
    private static Map<String, String> byField(Map<String, String> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach((field, message) -> byField.merge(field.replaceAll("\\[\\d+]", ""),
                field.contains("[") ? "line " + (Integer.parseInt(field.replaceAll(".*\\[(\\d+)].*", "$1")) + 1)
                        + " " + message : message, (a, b) -> a + "; " + b));
        return byField;
    }

    private String show(Model model, SettingsForm form) {
        model.addAttribute("form", form);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("grants", Grant.values());
        model.addAttribute("events", EVENTS);
        model.addAttribute("riskClasses", RISK_CLASSES);
        return "settings/settings";
    }


    /** The form's values as typed, and the settings they make. */
    record SettingsForm(List<String> grantsOn, Map<String, String> classification, String rejectReasons,
                        String draftReasons, String businessDays, String holidays, String priority,
                        String retryCycle, Map<String, ProductSettings.EmailTemplate> templates) {

        static SettingsForm of(ProductSettings s) {
            List<String> on = Arrays.stream(Grant.values()).filter(s::granted).map(Grant::name).toList();
            return new SettingsForm(on, s.classification(), String.join("\n", s.reasons().reject()),
                    String.join("\n", s.reasons().draft()), String.valueOf(s.sla().businessDays()),
                    String.join("\n", s.sla().holidays().stream().map(LocalDate::toString).toList()),
                    String.join(", ", s.kra().priority()), s.kra().retryCycle(), s.emailTemplates());
        }

        static SettingsForm from(MultiValueMap<String, String> f) {
            Map<String, String> classification = new LinkedHashMap<>();
            RISK_CLASSES.forEach(c -> classification.put(c, f.getFirst("classification." + c)));
            Map<String, ProductSettings.EmailTemplate> templates = new LinkedHashMap<>();
            EVENTS.forEach(e -> templates.put(e, new ProductSettings.EmailTemplate(f.getFirst("template." + e + ".subject"),
                    f.getFirst("template." + e + ".header"), f.getFirst("template." + e + ".body"),
                    f.getFirst("template." + e + ".footer"))));
            List<String> on = f.getOrDefault("grants", List.of());
            return new SettingsForm(on, classification, text(f, "rejectReasons"), text(f, "draftReasons"),
                    text(f, "businessDays"), text(f, "holidays"), text(f, "priority"), text(f, "retryCycle"), templates);
        }

        /** Fields that are not even readable: not a number, not a date. */
        Map<String, String> unreadable() {
            Map<String, String> errors = new LinkedHashMap<>();
            try {
                Integer.parseInt(businessDays.strip());
            } catch (NumberFormatException e) {
                errors.put("sla.businessDays", "must be a whole number");
            }
            for (String line : lines(holidays)) {
                try {
                    LocalDate.parse(line);
                } catch (DateTimeParseException e) {
                    errors.put("sla.holidays", line + " is not a date like 2026-12-25");
                }
            }
            return errors;
        }

        ProductSettings settings() {
            Map<Grant, Boolean> grants = new EnumMap<>(Grant.class);
            for (Grant grant : Grant.values()) {
                grants.put(grant, grantsOn.contains(grant.name()));
            }
            List<String> kras = Arrays.stream(priority.split("[,\\s]+")).filter(k -> !k.isBlank())
                    .map(String::strip).toList();
            return new ProductSettings(grants, classification,
                    new ProductSettings.Reasons(lines(rejectReasons), lines(draftReasons)), templates,
                    new ProductSettings.Sla(Integer.parseInt(businessDays.strip()),
                            lines(holidays).stream().map(LocalDate::parse).toList()),
                    new ProductSettings.Kra(kras, retryCycle.strip()), null, null);
        }

        private static List<String> lines(String text) {
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            return lines;
        }

        private static String text(MultiValueMap<String, String> f, String name) {
            String value = f.getFirst(name);
            return value == null ? "" : value;
        }
    }
}
