package io.backops.distribution;

/** A channel: its ARN, name, whether it may submit, and the flow its applications start (null: the default). */
public record Distributor(String arn, String name, boolean enabled, String flowKey, Integer flowVersion) {
}
