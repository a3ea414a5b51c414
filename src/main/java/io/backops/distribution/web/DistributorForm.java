package io.backops.distribution.web;

import io.backops.distribution.DistributorSettings;
import io.backops.distribution.internal.DistributorRequests;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distributor form as posted: text exactly as typed, so a refused form comes back as it was sent. A field the
 * form did not send is null, and then a change leaves it alone (as an absent property does in the API's PATCH).
 */
record DistributorForm(String arn, String name, String euins, String amcs, String enabled,
                       Map<String, String> callbacks, String flowKey, String flowVersion) {

    /** The events a page offers callbacks for, in the order of an application's life. */
    static final List<String> CALLBACK_EVENTS = List.of("PENDING", "ACCEPTED", "REJECTED", "DRAFT", "DROPOFF");

    private static final String CALLBACK = "callbacks.";

    static DistributorForm blank() {
        return new DistributorForm("", "", "", "", "true", Map.of(), "", "");
    }

    static DistributorForm of(DistributorSettings d) {
        return new DistributorForm(d.arn(), d.name(), String.join("\n", d.euins()), String.join("\n", d.amcs()),
                String.valueOf(d.enabled()), d.callbacks(), d.flowKey() == null ? "" : d.flowKey(),
                d.flowVersion() == null ? "" : d.flowVersion().toString());
    }

    /** From the posted parameters; callback URLs come as {@code callbacks.ACCEPTED} and so on. */
    static DistributorForm of(Map<String, String> params) {
        Map<String, String> callbacks = null;
        for (String event : CALLBACK_EVENTS) {
            String url = params.get(CALLBACK + event);
            if (url != null) {
                callbacks = callbacks == null ? new LinkedHashMap<>() : callbacks;
                callbacks.put(event, url.strip());
            }
        }
        return new DistributorForm(strip(params.get("arn")), params.get("name"), params.get("euins"),
                params.get("amcs"), params.get("enabled"), callbacks, strip(params.get("flowKey")),
                strip(params.get("flowVersion")));
    }

    /** A request to create; a flow version that is no number goes into {@code errors}. */
    DistributorRequests.Create toCreate(Map<String, String> errors) {
        return new DistributorRequests.Create(arn, name, list(euins), list(amcs), !"false".equals(enabled),
                urls(), blankIsNull(flowKey), version(errors));
    }

    /** A change of what the form sent; a flow key sent blank means the default flow again. */
    DistributorRequests.Patch toPatch(Map<String, String> errors) {
        return new DistributorRequests.Patch(name, euins == null ? null : list(euins),
                amcs == null ? null : list(amcs), enabled == null ? null : Boolean.valueOf(enabled), urls(), flowKey,
                version(errors));
    }

    /** The URL for one event as typed, for the form fields (public: the template calls it). */
    public String callback(String event) {
        return callbacks == null ? "" : callbacks.getOrDefault(event, "");
    }

    /** Only the events with a URL: a blank field means no callback for that event. */
    private Map<String, String> urls() {
        if (callbacks == null) {
            return null;
        }
        Map<String, String> urls = new LinkedHashMap<>();
        callbacks.forEach((event, url) -> {
            if (!url.isBlank()) {
                urls.put(event, url);
            }
        });
        return urls;
    }

    private Integer version(Map<String, String> errors) {
        if (flowVersion == null || flowVersion.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(flowVersion);
        } catch (NumberFormatException e) {
            errors.put("flowVersion", "must be a whole number");
            return null;
        }
    }

    /** EUINs and AMCs are typed one a line or separated by commas. */
    private static List<String> list(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
