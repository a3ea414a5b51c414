package io.backops.reporting.web;

import io.backops.reporting.internal.MisFilter;
import io.backops.reporting.internal.MisReport;
import io.backops.reporting.internal.Summary;
import io.backops.shared.ValidationException;
import io.backops.shared.web.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The MIS download (admins: streamed, one row per application, a file named by period) and the summary. */
@Tag(name = "Reports", description = "The MIS export and the summary counts")
@RestController
class ReportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final List<String> STATUSES = List.of("PENDING", "ACCEPTED", "REJECTED", "DRAFT");
    private static final long MAX_DAYS = 3_660;
    private static final long MAX_SUMMARY_DAYS = 732;

    private final MisReport report;
    private final Summary summary;

    ReportController(MisReport report, Summary summary) {
        this.report = report;
        this.summary = summary;
    }

    /** {@code ?from=&to=&granularity=day|week|month&tz=}: admins everything, managers their team's work. */
    @Operation(description = "Counts of applications by outcome over a period, per day, week or month.")
    @GetMapping("/api/reports/summary")
    Summary.Report summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(defaultValue = "day") String granularity,
                           @RequestParam(defaultValue = "Asia/Kolkata") String tz, Principal principal) {
        Map<String, String> errors = new LinkedHashMap<>();
        ZoneId zone = zone(tz, errors);
        LocalDate today = LocalDate.now(zone == null ? ZoneId.of("Asia/Kolkata") : zone);
        LocalDate end = date("to", to, today, errors);
        LocalDate start = date("from", from, today.minusDays(29), errors);
        Summary.Granularity kind = null;
        try {
            kind = Summary.Granularity.valueOf(granularity.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("granularity", "must be day, week or month");
        }
        if (start != null && end != null && (end.isBefore(start) || start.plusDays(MAX_SUMMARY_DAYS).isBefore(end))) {
            errors.put("to", "must be on or after from, within two years");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return summary.of(principal.getName(), start, end, kind, zone);
    }

    /** {@code ?from=2026-11-01&to=2026-11-30&format=csv|xlsx&status=&distributor=&tz=Asia/Kolkata} */
    @Operation(description = "The MIS report: one row per application in the period, as CSV or XLSX, streamed.")
    @GetMapping("/api/reports/mis")
    ResponseEntity<StreamingResponseBody> mis(@RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to,
                                              @RequestParam(defaultValue = "csv") String format,
                                              @RequestParam(required = false) String status,
                                              @RequestParam(required = false) String distributor,
                                              @RequestParam(defaultValue = "Asia/Kolkata") String tz,
                                              Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins download the MIS report");
        Map<String, String> errors = new LinkedHashMap<>();
        // The portal's form sends an empty value for "any".
        status = status == null || status.isBlank() ? null : status;
        distributor = distributor == null || distributor.isBlank() ? null : distributor.strip();
        ZoneId zone = zone(tz, errors);
        LocalDate today = LocalDate.now(zone == null ? ZoneId.of("Asia/Kolkata") : zone);
        LocalDate start = date("from", from, today.withDayOfMonth(1), errors);
        LocalDate end = date("to", to, today, errors);
        MisReport.Format kind = null;
        try {
            kind = MisReport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("format", "must be csv or xlsx");
        }
        if (status != null && !STATUSES.contains(status)) {
            errors.put("status", "must be PENDING, ACCEPTED, REJECTED or DRAFT");
        }
        if (distributor != null && !distributor.matches("^ARN-[0-9]{1,8}$")) {
            errors.put("distributor", "must be an ARN like ARN-12345");
        }
        if (start != null && end != null && (end.isBefore(start) || start.plusDays(MAX_DAYS).isBefore(end))) {
            errors.put("to", "must be on or after from, within ten years");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var filter = new MisFilter(start, end, zone, status, distributor);
        var chosen = kind;
        String name = "mis-" + start + "-to-" + end + "." + chosen.name().toLowerCase(Locale.ROOT);
        return ResponseEntity.ok()
                .contentType(chosen == MisReport.Format.CSV ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(out -> report.write(filter, chosen, out));
    }

    private static ZoneId zone(String tz, Map<String, String> errors) {
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            errors.put("tz", "is not a time zone like Asia/Kolkata");
            return null;
        }
    }

    private static LocalDate date(String field, String value, LocalDate otherwise, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "must be a date like 2026-11-30");
            return null;
        }
    }
}
