package io.backops.distribution;

public record Distributor(String arn, String name, boolean enabled) {
}
