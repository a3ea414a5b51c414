package io.backops.kra.internal;

import io.backops.shared.KraStatus;

/** The KRA's 3-digit APP_STATUS: first digit the KRA holding the record, then its status there (DESIGN.md §6). */
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

    static String holder(String appStatus) {
        return switch (appStatus.charAt(0)) {
            case '0' -> "CVL";
            case '1' -> "NDML";
            case '2' -> "DOTEX";
            case '3' -> "CAMS";
            case '4' -> "KARVY";
            case '6' -> "KFIN";
            default -> "unknown";
        };
    }
}
