package io.backops.reporting.internal;

import io.backops.settings.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the MIS report to a stream as the rows arrive: CSV through Commons CSV, XLSX through POI's streaming
 * workbook (a window of rows in memory, the rest flushed to a temporary file), so memory stays flat however many
 * applications there are.
 */
@Service
public class MisReport {

    /** Rows POI keeps in memory before it flushes them. */
    private static final int XLSX_WINDOW = 100;

    private final MisQuery query;
    private final Settings settings;
    private final TransactionTemplate readOnly;

    MisReport(MisQuery query, Settings settings, PlatformTransactionManager transactions) {
        this.query = query;
        this.settings = settings;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public enum Format { CSV, XLSX }

    public void write(MisFilter filter, Format format, OutputStream out) throws IOException {
        var columns = new MisColumns(filter.zone(), Set.copyOf(settings.current().sla().holidays()));
        switch (format) {
            case CSV -> csv(filter, columns, out);
            case XLSX -> xlsx(filter, columns, out);
        }
    }

    private void csv(MisFilter filter, MisColumns columns, OutputStream out) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // A byte-order mark, so that spreadsheet programs read the names as UTF-8.
        writer.write('\uFEFF');
        try (var csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(
                MisColumns.TITLES.toArray(String[]::new)).get())) {
            readOnly.executeWithoutResult(status -> query.stream(filter, row -> {
                try {
                    csv.printRecord(CsvCells.neutralised(columns.values(row)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
    }

    private void xlsx(MisFilter filter, MisColumns columns, OutputStream out) throws IOException {
        var workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("MIS");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < MisColumns.TITLES.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(MisColumns.TITLES.get(i));
                cell.setCellStyle(bold);
            }
            int[] next = {1};
            readOnly.executeWithoutResult(status -> query.stream(filter, row -> {
                Row line = sheet.createRow(next[0]++);
                List<Object> values = columns.values(row);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        line.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        line.createCell(i).setCellValue(value.toString());
                    }
                }
            }));
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
