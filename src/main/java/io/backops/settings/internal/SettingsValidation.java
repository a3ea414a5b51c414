package io.backops.settings.internal;

import io.backops.settings.ProductSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the settings themselves must be, whichever module uses them; each failing field is named. */
@Component
public class SettingsValidation {

    private static final Set<String> RISK_CLASSES = Set.of("SAFE", "UNCERTAIN", "RISKY");
    private static final Set<String> DECISIONS = Set.of("ACCEPT", "REJECT", "DRAFT");
    private static final Set<String> BUCKETS = Set.of("PENDING", "ACCEPTED", "REJECTED");
    private static final Set<String> EMAIL_EVENTS = Set.of("ACCEPTED", "REJECTED", "DRAFT", "ESCALATED");
    private static final int MAX_REASONS = 50;

    public void check(ProductSettings s, Map<String, String> errors) {
        if (s.grants() == null) {
            errors.put("grants", "is required");
        }
        if (s.classification() == null || !s.classification().keySet().equals(RISK_CLASSES)) {
            errors.put("classification", "must map each of SAFE, UNCERTAIN and RISKY");
        } else {
            s.classification().forEach((riskClass, bucket) -> {
                if (!BUCKETS.contains(bucket)) {
                    errors.put("classification." + riskClass, "must be PENDING, ACCEPTED or REJECTED");
                }
            });
        }
        if (s.reasons() == null) {
            errors.put("reasons", "is required");
        } else {
            reasons("reasons.reject", s.reasons().reject(), errors);
            reasons("reasons.draft", s.reasons().draft(), errors);
        }
        if (s.emailTemplates() == null) {
            errors.put("emailTemplates", "is required");
        } else {
            s.emailTemplates().forEach((event, template) -> template(event, template, errors));
        }
        if (s.sla() == null || s.sla().businessDays() == null || s.sla().businessDays() < 1 || s.sla().businessDays() > 30) {
            errors.put("sla.businessDays", "must be between 1 and 30");
        } else if (s.sla().holidays() == null || s.sla().holidays().size() > 200) {
            errors.put("sla.holidays", "must be a list of at most 200 dates");
        }
        if (s.kra() == null || s.kra().priority() == null || s.kra().priority().isEmpty()) {
            errors.put("kra.priority", "must name at least one KRA");
        }
        if (s.kra() == null || s.kra().retryCycle() == null || s.kra().retryCycle().isBlank()) {
            errors.put("kra.retryCycle", "is required");
        }
        fourEyes(s.fourEyes(), errors);
        retention(s.retention(), errors);
    }

    private static void retention(ProductSettings.Retention retention, Map<String, String> errors) {
        if (retention == null || retention.notInvestorDays() == null || retention.notInvestorDays() < 1
                || retention.notInvestorDays() > 10 * 366) {
            errors.put("retention.notInvestorDays", "must be between 1 and 3660");
        }
        if (retention == null || retention.legalHolds() == null || retention.legalHolds().size() > 1000) {
            errors.put("retention.legalHolds", "must be a list of at most 1000 holds");
            return;
        }
        for (int i = 0; i < retention.legalHolds().size(); i++) {
            var hold = retention.legalHolds().get(i);
            String field = "retention.legalHolds[" + i + "]";
            if (hold == null || (hold.pan() == null) == (hold.applicationId() == null)) {
                errors.put(field, "must name either a PAN or an application");
                continue;
            }
            if (hold.pan() != null && !hold.pan().matches("^[A-Z]{5}[0-9]{4}[A-Z]$")) {
                errors.put(field + ".pan", "must be 5 capital letters, 4 digits, 1 capital letter");
            }
            if (hold.applicationId() != null && !hold.applicationId().matches("^APP-[0-9]{4}-[0-9]{6}$")) {
                errors.put(field + ".applicationId", "must look like APP-2026-000001");
            }
            if (hold.reason() == null || hold.reason().isBlank() || hold.reason().length() > 500) {
                errors.put(field + ".reason", "must have 1 to 500 characters");
            }
        }
    }

    private static void fourEyes(ProductSettings.FourEyes fourEyes, Map<String, String> errors) {
        if (fourEyes == null || fourEyes.rules() == null || fourEyes.rules().size() > 20) {
            errors.put("fourEyes.rules", "must be a list of at most 20 rules");
            return;
        }
        if (fourEyes.slaBusinessDays() == null || fourEyes.slaBusinessDays() < 1 || fourEyes.slaBusinessDays() > 30) {
            errors.put("fourEyes.slaBusinessDays", "must be between 1 and 30");
        }
        for (int i = 0; i < fourEyes.rules().size(); i++) {
            var rule = fourEyes.rules().get(i);
            String field = "fourEyes.rules[" + i + "]";
            if (rule == null) {
                errors.put(field, "is required");
                continue;
            }
            if (!DECISIONS.contains(String.valueOf(rule.decision()))) {
                errors.put(field + ".decision", "must be ACCEPT, REJECT or DRAFT");
            }
            if (rule.riskClasses() == null || rule.riskClasses().isEmpty()
                    || !rule.riskClasses().stream().allMatch(c -> c != null && RISK_CLASSES.contains(c))) {
                errors.put(field + ".riskClasses", "must list some of SAFE, UNCERTAIN and RISKY");
            }
        }
    }

    private static void reasons(String field, List<String> reasons, Map<String, String> errors) {
        if (reasons == null || reasons.size() > MAX_REASONS) {
            errors.put(field, "must be a list of at most " + MAX_REASONS + " reasons");
            return;
        }
        for (int i = 0; i < reasons.size(); i++) {
            String reason = reasons.get(i);
            if (reason == null || reason.isBlank() || reason.length() > 200) {
                errors.put(field + "[" + i + "]", "must have 1 to 200 characters");
            }
        }
    }

    private static void template(String event, ProductSettings.EmailTemplate template, Map<String, String> errors) {
        String field = "emailTemplates." + event;
        if (!EMAIL_EVENTS.contains(event)) {
            errors.put(field, "is not an event; use ACCEPTED, REJECTED, DRAFT or ESCALATED");
        } else if (template == null || template.subject() == null || template.subject().isBlank()
                || template.subject().length() > 200) {
            errors.put(field + ".subject", "must have 1 to 200 characters");
        } else if (length(template.header()) + length(template.body()) + length(template.footer()) > 10_000) {
            errors.put(field, "must be at most 10,000 characters in all");
        }
    }

    private static int length(String part) {
        return part == null ? 0 : part.length();
    }
}
