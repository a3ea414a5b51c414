package io.backops.kra.internal;

import io.backops.shared.KraStatus;
import java.util.Map;
import java.util.TreeSet;

/** The KRA's 3-digit APP_STATUS: the KRA holding the record, then its status there (docs/kra-simulator.md). */
final class KraCodes {

    private KraCodes() {
    }

    static KraStatus status(String appStatus) {
        if (appStatus == null || appStatus.length() != 3) {
            return KraStatus.FAILED;
        }
        return switch (appStatus.substring(1)) {
            case "00", "01" -> KraStatus.UNDER_PROCESS;
            case "02" -> KraStatus.REGISTERED;
            case "03" -> KraStatus.ON_HOLD;
            case "04" -> KraStatus.KRA_REJECTED;
            case "05" -> KraStatus.NOT_PUSHED;
            case "07" -> KraStatus.VALIDATED;
            default -> KraStatus.FAILED;
        };
    }

    private static final Map<Character, String> KRA_BY_DIGIT = Map.of(
            '0', "CVL", '1', "NDML", '2', "DOTEX", '3', "CAMS", '4', "KARVY", '6', "KFIN");

    static String holder(String appStatus) {
        return KRA_BY_DIGIT.getOrDefault(appStatus.charAt(0), "unknown");
    }

    /** The APP_STATUS digit of a KRA by name; a name not in that list is refused. */
    static char digitOf(String kra) {
        return KRA_BY_DIGIT.entrySet().stream()
                .filter(entry -> entry.getValue().equals(kra))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Unknown KRA " + kra + "; known: " + new TreeSet<>(KRA_BY_DIGIT.values())));
    }
}
