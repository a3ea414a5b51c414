package io.backops.reporting.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backops.reporting.internal.Summary;
import io.backops.shared.web.Callers;
import io.backops.shared.web.WebPage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reports page: the summary as a chart and the same numbers in a table (admins and managers), and the MIS
 * download form (admins). The chart reads its numbers from the page itself; nothing is fetched twice.
 */
@Controller
@WebPage
class ReportPages {

    private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

    private final Summary summary;
    private final ObjectMapper json;

    ReportPages(Summary summary, ObjectMapper json) {
        this.summary = summary;
        this.json = json;
    }

    @GetMapping("/reports")
    String reports(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(defaultValue = "day") String granularity, Authentication caller, Model model)
            throws JsonProcessingException {
        LocalDate today = LocalDate.now(ZONE);
        List<String> ignored = new ArrayList<>();
        LocalDate end = date(to, today, "to", ignored);
        LocalDate start = date(from, end.minusDays(29), "from", ignored);
        if (end.isBefore(start) || start.plusDays(732).isBefore(end)) {
            ignored.add("period (must run forwards, within two years)");
            end = today;
            start = today.minusDays(29);
        }
        Summary.Granularity kind;
        try {
            kind = Summary.Granularity.valueOf(granularity.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            ignored.add("granularity");
            kind = Summary.Granularity.DAY;
        }
        var report = summary.of(caller.getName(), start, end, kind, ZONE);
        model.addAttribute("report", report);
        model.addAttribute("statuses", List.of("PENDING", "ACCEPTED", "REJECTED", "DRAFT"));
        model.addAttribute("chart", json.writeValueAsString(chart(report)));
        model.addAttribute("admin", Callers.isAdmin(caller));
        if (!ignored.isEmpty()) {
            model.addAttribute("problem", "Ignored what could not be read: " + String.join(", ", ignored));
        }
        return "reporting/reports";
    }

    /** The series the chart script draws: one per status, a value per period. */
    private static Map<String, Object> chart(Summary.Report report) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("periods", report.periods().stream().map(p -> p.start().toString()).toList());
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (String status : List.of("PENDING", "ACCEPTED", "REJECTED", "DRAFT")) {
            series.put(status, report.periods().stream().map(p -> p.counts().get(status)).toList());
        }
        chart.put("series", series);
        return chart;
    }

    private static LocalDate date(String value, LocalDate otherwise, String field, List<String> ignored) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            ignored.add(field);
            return otherwise;
        }
    }
}
