package io.backops.kra.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The configured KRAs in priority order. A start with a priority naming a KRA that is not configured, or a KRA
 * name DESIGN.md §6 does not know, fails with the name, rather than pushing nowhere later.
 */
@Component
class KraAgencies {

    private final List<KraAgency> inPriorityOrder;

    KraAgencies(KraProperties properties, Environment environment, RestClient.Builder builder) {
        // Keys bound from environment variables arrive in lower case.
        Map<String, KraProperties.Agency> configured = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        configured.putAll(properties.agencies());
        List<KraAgency> agencies = new ArrayList<>();
        for (String name : properties.priority()) {
            String kra = name.trim().toUpperCase(Locale.ROOT);
            var settings = configured.get(kra);
            if (settings == null) {
                throw new IllegalStateException("backops.kra.priority names " + kra
                        + " but backops.kra.agencies has no such KRA (configured: " + configured.keySet() + ")");
            }
            var client = new KraClient(kra, properties.resolved(settings), properties, environment, builder.clone());
            agencies.add(new KraAgency(kra, KraCodes.digitOf(kra), client));
        }
        if (agencies.isEmpty()) {
            throw new IllegalStateException("backops.kra.priority names no KRA");
        }
        this.inPriorityOrder = List.copyOf(agencies);
    }

    List<KraAgency> inPriorityOrder() {
        return inPriorityOrder;
    }

    /**
     * The order in which to inquire before a push: first every KRA this application was already uploaded to (its
     * record may not have reached the other KRAs yet, or, with simulators, never will), then the rest by priority.
     */
    List<KraAgency> forPush(Collection<String> uploadedTo) {
        List<KraAgency> order = new ArrayList<>();
        inPriorityOrder.stream().filter(agency -> uploadedTo.contains(agency.name())).forEach(order::add);
        inPriorityOrder.stream().filter(agency -> !uploadedTo.contains(agency.name())).forEach(order::add);
        return order;
    }

    Optional<KraAgency> byName(String name) {
        return inPriorityOrder.stream().filter(agency -> agency.name().equals(name)).findFirst();
    }

    /** The configured KRA holding a record, from the first digit of its APP_STATUS. */
    Optional<KraAgency> holding(String appStatus) {
        return inPriorityOrder.stream().filter(agency -> agency.digit() == appStatus.charAt(0)).findFirst();
    }
}
