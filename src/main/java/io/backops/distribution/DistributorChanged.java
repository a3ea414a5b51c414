package io.backops.distribution;

/** A distributor was registered or its settings changed; published in that transaction for the audit. */
public record DistributorChanged(String actor, String arn, String before, String after) {
}
