package io.backops.shared;

import java.util.regex.Pattern;

/**
 * An Indian Permanent Account Number. The fourth letter tells the holder type; {@code P} is an individual.
 */
public record Pan(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Z]{5}[0-9]{4}[A-Z]$");

    public Pan {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("PAN must be 5 letters, 4 digits and a letter");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public boolean isIndividual() {
        return value.charAt(3) == 'P';
    }

    /** What people and logs may see: only the last four characters. */
    public String masked() {
        return mask(value);
    }

    /** Masks any PAN-like string, also an invalid one, for logs and error messages. */
    public static String mask(String pan) {
        if (pan == null || pan.length() < 4) {
            return "****";
        }
        return "*".repeat(pan.length() - 4) + pan.substring(pan.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
