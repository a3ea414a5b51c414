package io.backops.distribution.internal;

import io.backops.distribution.DistributorChanged;
import io.backops.distribution.DistributorManagement;
import io.backops.distribution.DistributorSettings;
import io.backops.distribution.FlowCatalog;
import io.backops.shared.ConflictException;
import io.backops.shared.ListPage;
import io.backops.shared.NotFoundException;
import io.backops.shared.Paging;
import io.backops.shared.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's distributor settings (docs/api.md): every field checked before anything is written, every change
 * published for the audit with before and after. Who may call is the web layer's check (admins only).
 */
@Service
public class DistributorAdministration {

    /** The events a distributor may want callbacks for (README, "Notifications"). */
    static final Set<String> CALLBACK_EVENTS = Set.of("PENDING", "ACCEPTED", "REJECTED", "DRAFT", "DROPOFF");

    private final DistributorManagement distributors;
    private final DistributorSettingsStore store;
    private final FlowCatalog flows;
    private final ApplicationEventPublisher events;

    DistributorAdministration(DistributorManagement distributors, DistributorSettingsStore store, FlowCatalog flows,
                              ApplicationEventPublisher events) {
        this.distributors = distributors;
        this.store = store;
        this.flows = flows;
        this.events = events;
    }

    /** A new distributor and, when it has callbacks, the secret that signs them: shown this once. */
    public record Created(DistributorSettings distributor, String callbackSecret) {
    }

    @Transactional(readOnly = true)
    public List<DistributorSettings> list() {
        return store.arns().stream().map(arn -> store.find(arn).orElseThrow()).toList();
    }

    /** One page of the distributors by name (then ARN); only the page's distributors are read in full. */
    @Transactional(readOnly = true)
    public ListPage<DistributorSettings> list(Paging paging) {
        ListPage<String> arns = paging.of(store.arns());
        return new ListPage<>(arns.items().stream().map(arn -> store.find(arn).orElseThrow()).toList(), arns.page(),
                arns.size(), arns.more());
    }

    @Transactional(readOnly = true)
    public DistributorSettings get(String arn) {
        return store.find(arn).orElseThrow(() -> new NotFoundException("No distributor " + arn));
    }

    @Transactional
    public Created create(String actor, DistributorRequests.Create request) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkCallbacks(request.callbacks(), errors);
        checkFlow(request.flowKey(), request.flowVersion(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (distributors.find(request.arn()).isPresent()) {
            throw new ConflictException("Distributor " + request.arn() + " exists already");
        }
        distributors.register(request.arn(), request.name().strip());
        String arn = request.arn();
        if (Boolean.FALSE.equals(request.enabled())) {
            store.enable(arn, false);
        }
        store.replaceEuins(arn, request.euins() == null ? List.of() : request.euins());
        store.replaceAmcs(arn, request.amcs() == null ? List.of() : request.amcs());
        String secret = null;
        if (request.callbacks() != null && !request.callbacks().isEmpty()) {
            distributors.setCallbacks(arn, request.callbacks());
            secret = distributors.callbackSecret(arn).orElseThrow();
        }
        if (request.flowKey() != null && !request.flowKey().isBlank()) {
            distributors.assignFlow(arn, request.flowKey(), request.flowVersion());
        }
        DistributorSettings created = get(arn);
        events.publishEvent(new DistributorChanged(actor, arn, null, describe(created)));
        return new Created(created, secret);
    }

    @Transactional
    public DistributorSettings update(String actor, String arn, DistributorRequests.Patch patch) {
        DistributorSettings before = get(arn);
        Map<String, String> errors = new LinkedHashMap<>();
        if (patch.name() != null && patch.name().isBlank()) {
            errors.put("name", "must not be blank");
        }
        checkCallbacks(patch.callbacks(), errors);
        if (patch.flowKey() != null && !patch.flowKey().isBlank()) {
            checkFlow(patch.flowKey(), patch.flowVersion(), errors);
        } else if (patch.flowKey() == null && patch.flowVersion() != null) {
            checkFlow(before.flowKey(), patch.flowVersion(), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (patch.name() != null) {
            store.rename(arn, patch.name().strip());
        }
        if (patch.enabled() != null) {
            store.enable(arn, patch.enabled());
        }
        if (patch.euins() != null) {
            store.replaceEuins(arn, patch.euins());
        }
        if (patch.amcs() != null) {
            store.replaceAmcs(arn, patch.amcs());
        }
        if (patch.callbacks() != null) {
            distributors.setCallbacks(arn, patch.callbacks());
        }
        if (patch.flowKey() != null) {
            distributors.assignFlow(arn, patch.flowKey().isBlank() ? null : patch.flowKey(),
                    patch.flowKey().isBlank() ? null : patch.flowVersion());
        } else if (patch.flowVersion() != null) {
            distributors.assignFlow(arn, before.flowKey(), patch.flowVersion());
        }
        DistributorSettings after = get(arn);
        events.publishEvent(new DistributorChanged(actor, arn, describe(before), describe(after)));
        return after;
    }

    /** A new signing secret for the distributor's callbacks; the old one stops working at once. */
    @Transactional
    public String rotateSecret(String actor, String arn) {
        get(arn);
        String secret = DistributorManagement.newSecret();
        store.newSecret(arn, secret);
        events.publishEvent(new DistributorChanged(actor, arn, "callback secret", "a new callback secret"));
        return secret;
    }

    private static void checkCallbacks(Map<String, String> callbacks, Map<String, String> errors) {
        if (callbacks == null) {
            return;
        }
        callbacks.forEach((event, url) -> {
            String field = "callbacks." + event;
            if (!CALLBACK_EVENTS.contains(event)) {
                errors.put(field, "is not an event; use " + String.join(", ", CALLBACK_EVENTS.stream().sorted().toList()));
            } else if (!isHttpUrl(url)) {
                errors.put(field, "must be an absolute http or https URL");
            }
        });
    }

    private void checkFlow(String flowKey, Integer version, Map<String, String> errors) {
        if (flowKey == null || flowKey.isBlank()) {
            if (version != null) {
                errors.put("flowVersion", "needs a flowKey");
            }
            return;
        }
        if (!flows.exists(flowKey, null)) {
            errors.put("flowKey", "is not a deployed flow");
        } else if (version != null && !flows.exists(flowKey, version)) {
            errors.put("flowVersion", "is not a deployed version of " + flowKey);
        }
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException | NullPointerException e) {
            return false;
        }
    }

    /** The settings in one line for the audit; never the secret. */
    private static String describe(DistributorSettings d) {
        return "name=" + d.name() + ", enabled=" + d.enabled() + ", euins=" + d.euins() + ", amcs=" + d.amcs()
                + ", callbacks=" + d.callbacks() + ", flow=" + (d.flowKey() == null ? "default"
                : d.flowKey() + (d.flowVersion() == null ? " latest" : " v" + d.flowVersion()));
    }
}
