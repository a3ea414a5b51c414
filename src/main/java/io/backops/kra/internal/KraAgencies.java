package io.backops.kra.internal;

import io.backops.kra.simulator.SimulatorCredentials;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The configured KRAs, each with its client, and their order for a push: the priority is a product setting
 * ({@code kra.priority}), so it is asked for each time. A KRA name not in the list CVL, NDML, DOTEX, CAMS, KARVY, KFIN
 * fails the start.
 */
@Component
class KraAgencies {

    private final Map<String, KraAgency> byName;

    KraAgencies(KraProperties properties, Environment environment, RestClient.Builder builder,
                ObjectProvider<SimulatorCredentials> simulator) {
        Map<String, KraAgency> agencies = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        properties.agencies().forEach((name, settings) -> {
            // Keys bound from environment variables arrive in lower case.
            String kra = name.trim().toUpperCase(Locale.ROOT);
            var resolved = properties.resolved(settings);
            if (resolved.baseUrl() == null || resolved.baseUrl().isBlank()) {
                resolved = inProcess(kra, resolved, simulator.getIfAvailable());
            }
            var client = new KraClient(kra, resolved, properties, environment, builder.clone());
            agencies.put(kra, new KraAgency(kra, KraCodes.digitOf(kra), client));
        });
        this.byName = agencies;
    }

    /**
     * A KRA without a URL is the simulator in this server, with the password it generated. Where the simulator is not
     * served (outside the demo and test profiles, unless switched on), such a KRA would go nowhere: refuse to start.
     */
    private static KraProperties.Agency inProcess(String kra, KraProperties.Agency settings,
                                                  SimulatorCredentials simulator) {
        if (simulator == null) {
            throw new IllegalStateException("KRA " + kra + " has no base URL: set BACKOPS_KRA_BASE_URL (or "
                    + "BACKOPS_KRA_AGENCIES_" + kra + "_BASEURL). The in-process KRA simulator serves only the demo and "
                    + "test profiles, or where BACKOPS_KRA_SIMULATOR_ENABLED=true asks for it, and never beside a KRA URL");
        }
        return new KraProperties.Agency(null, settings.username(), simulator.password(), settings.posCode());
    }

    /** The names of the configured KRAs. */
    Set<String> names() {
        return Set.copyOf(byName.values().stream().map(KraAgency::name).toList());
    }

    /** The configured KRAs in this priority; names not configured are left out. */
    List<KraAgency> inPriorityOrder(List<String> priority) {
        return priority.stream().map(name -> byName.get(name.trim())).filter(Objects::nonNull).distinct().toList();
    }

    /**
     * The order in which to inquire before a push: first every KRA this application was already uploaded to (its
     * record may not have reached the other KRAs yet, or, with simulators, never will), then the rest by priority.
     */
    List<KraAgency> forPush(List<String> priority, Collection<String> uploadedTo) {
        List<KraAgency> ordered = inPriorityOrder(priority);
        List<KraAgency> order = new ArrayList<>();
        uploadedTo.stream().map(byName::get).filter(Objects::nonNull).forEach(order::add);
        ordered.stream().filter(agency -> !order.contains(agency)).forEach(order::add);
        return order;
    }

    Optional<KraAgency> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The configured KRA holding a record, from the first digit of its APP_STATUS. */
    Optional<KraAgency> holding(String appStatus) {
        return byName.values().stream().filter(agency -> agency.digit() == appStatus.charAt(0)).findFirst();
    }
}
