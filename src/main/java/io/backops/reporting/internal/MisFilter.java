package io.backops.reporting.internal;

import java.time.LocalDate;
import java.time.ZoneId;

/** The report's period (both days included, in {@code zone}), and optionally one status and one distributor. */
public record MisFilter(LocalDate from, LocalDate to, ZoneId zone, String status, String distributorArn) {
}
