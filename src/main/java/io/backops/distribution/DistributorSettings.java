package io.backops.distribution;

import java.util.List;
import java.util.Map;

/**
 * A distributor as its admin manages it: EUINs, AMCs, whether it may submit, where its status callbacks go (by
 * event), and its flow ({@code flowVersion} null: the latest). The callback secret is never part of it; it is shown
 * once, when made.
 */
public record DistributorSettings(String arn, String name, boolean enabled, List<String> euins, List<String> amcs,
                                  Map<String, String> callbacks, String flowKey, Integer flowVersion,
                                  boolean callbackSecretSet) {
}
