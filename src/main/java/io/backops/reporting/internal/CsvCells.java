package io.backops.reporting.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells as a spreadsheet may safely open them. A text beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return is read as a formula by Excel, LibreOffice and Sheets (an applicant named
 * {@code =HYPERLINK(...)}); as OWASP recommends, such a text is prefixed with a single quote so it stays text. Numbers,
 * a negative one included, are left as they are.
 */
final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    static List<Object> neutralised(List<Object> values) {
        return values.stream().map(CsvCells::neutralised).toList();
    }

    static Object neutralised(Object value) {
        if (!(value instanceof String text) || text.isEmpty() || NUMBER.matcher(text).matches()) {
            return value;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
