package io.backops.application;

import io.backops.shared.KraStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One page of the list, the counts of every status tab, whether those counts are exact (a searched list counts its
 * matches only up to a cap; beyond it a count means "at least"), and where the next page starts (null at the end).
 */
public record ApplicationPage(List<Summary> items, Map<String, Long> counts, boolean countsExact,
                              ApplicationFilter.Position next) {

    public ApplicationPage withoutAssignees() {
        return new ApplicationPage(items.stream().map(Summary::withoutAssignee).toList(), counts, countsExact,
                next);
    }

    public record Summary(String id, ApplicationStatus status, KraStatus kraStatus, RiskClass riskClass,
                          String assignee, boolean escalated, String distributor, String amc, String applicantName,
                          String maskedPan, OffsetDateTime submittedAt) {

        Summary withoutAssignee() {
            return new Summary(id, status, kraStatus, riskClass, null, escalated, distributor, amc, applicantName,
                    maskedPan, submittedAt);
        }
    }
}
