package io.backops.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import io.backops.distribution.DistributorManagement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The MIS report read back as a spreadsheet program would read it, against applications made here. */
class MisReportIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private DistributorManagement distributors;

    @Test
    void everyColumnHoldsWhatHappenedToTheApplication() throws IOException {
        String arn = "ARN-" + (72_000_000 + System.nanoTime() % 1_000_000);
        distributors.register(arn, "Report Distributor");
        String pan = freshPan('1');
        String accepted = submitAssignedTo(TEAM.get(0), ADMIN, () -> Submissions.valid(arn, pan)).get("id").asText();
        String rejected = submitAssignedTo(TEAM.get(0), ADMIN, () -> Submissions.valid(arn, freshPan('1'))).get("id").asText();
        decide(accepted, Map.of("decision", "ACCEPT"));
        decide(rejected, Map.of("decision", "REJECT", "reason", "Documents are not legible"));
        awaitKraStatus(accepted, "UNDER_PROCESS");

        var csv = download("csv", arn);
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).matches("mis-\\d{4}-\\d{2}-01-to-\\d{4}-\\d{2}-\\d{2}\\.csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(pan);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        Map<String, CSVRecord> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.get("Application"), row));
        assertThat(byId).containsKeys(accepted, rejected);
        assertThat(rows).allSatisfy(row -> assertThat(row.get("Distributor ARN")).isEqualTo(arn));

        CSVRecord acceptedRow = byId.get(accepted);
        assertThat(acceptedRow.get("Distributor")).isEqualTo("Report Distributor");
        assertThat(acceptedRow.get("PAN")).isEqualTo("******" + pan.substring(6));
        assertThat(acceptedRow.get("Flow")).isEqualTo("individual-onboarding");
        assertThat(Integer.parseInt(acceptedRow.get("Flow version"))).isPositive();
        assertThat(acceptedRow.get("Status")).isEqualTo("ACCEPTED");
        assertThat(acceptedRow.get("Assignee")).isEqualTo(TEAM.get(0));
        assertThat(acceptedRow.get("Manager")).isEqualTo(MANAGER);
        assertThat(acceptedRow.get("Decided by")).isEqualTo(TEAM.get(0));
        assertThat(Double.parseDouble(acceptedRow.get("Turnaround (hours)"))).isBetween(0.0, 1.0);
        assertThat(acceptedRow.get("Turnaround (business days)")).isEqualTo("0");
        assertThat(acceptedRow.get("Escalated")).isEqualTo("no");
        assertThat(acceptedRow.get("KRA")).isEqualTo("CVL");
        assertThat(acceptedRow.get("KRA status")).isEqualTo("UNDER_PROCESS");
        assertThat(acceptedRow.get("Acknowledgement")).startsWith("ACK");
        assertThat(acceptedRow.get("First push")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(acceptedRow.get("Push attempts")).isEqualTo("1");
        assertThat(byId.get(rejected).get("Reason")).isEqualTo("Documents are not legible");
        assertThat(byId.get(rejected).get("KRA status")).isEmpty();
        assertThat(byId.get(rejected).get("Push attempts")).isEqualTo("0");

        var xlsx = download("xlsx", arn);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            var sheet = workbook.getSheet("MIS");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Application");
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) rows.get(0).size());
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            var acceptedLine = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(row -> row.getCell(0).getStringCellValue().equals(accepted)).findFirst().orElseThrow();
            assertThat(acceptedLine.getCell(8).getNumericCellValue()).isPositive();
            assertThat(acceptedLine.getCell(20).getStringCellValue()).isEqualTo("UNDER_PROCESS");
            assertThat(acceptedLine.getCell(24).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void badParametersAreNamedEachAndNothingIsStreamed() {
        var refused = get(ADMIN, "/api/reports/mis?from=yesterday&to=2020-01-01&format=pdf&status=LOST&distributor=12&tz=Mars/Base");

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(read(refused).get("errors").toString()).contains("from", "format", "status", "distributor", "tz");
        var backwards = get(ADMIN, "/api/reports/mis?from=2026-11-30&to=2026-11-01");
        assertThat(read(backwards).get("errors").toString()).contains("to");
    }

    @Test
    void theFileIsNamedByItsPeriodInTheReadersZone() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        var csv = http.withBasicAuth(ADMIN, ADMIN_PASSWORD).exchange("/api/reports/mis?from=" + today + "&to=" + today,
                HttpMethod.GET, null, byte[].class);

        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("mis-" + today + "-to-" + today + ".csv");
        assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).startsWith("\uFEFFApplication,Submitted at,");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        String arn = "ARN-" + (73_000_000 + System.nanoTime() % 1_000_000);
        distributors.register(arn, "@SUM(1+1)");
        String formula = "=HYPERLINK(\"https://evil.example\",\"Open\")";
        String id = submitAssignedTo(TEAM.get(0), ADMIN, () -> Submissions.valid(arn, freshPan('1'))).get("id").asText();
        decide(id, Map.of("decision", "REJECT", "reason", formula));

        String text = new String(download("csv", arn).getBody(), StandardCharsets.UTF_8);
        CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords().stream()
                .filter(record -> record.get("Application").equals(id)).findFirst().orElseThrow();

        assertThat(row.get("Reason")).isEqualTo("'" + formula);
        assertThat(row.get("Distributor")).isEqualTo("'@SUM(1+1)");
    }

    private void decide(String id, Map<String, String> decision) {
        assertThat(post(TEAM.get(0), "/api/applications/" + id + "/decision", decision).getStatusCode().value())
                .isEqualTo(200);
    }

    private ResponseEntity<byte[]> download(String format, String arn) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        var response = http.withBasicAuth(ADMIN, ADMIN_PASSWORD).exchange("/api/reports/mis?format=" + format
                + "&distributor=" + arn + "&from=" + today.withDayOfMonth(1) + "&to=" + today, HttpMethod.GET, null,
                byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response;
    }
}
