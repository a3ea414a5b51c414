package io.backops.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backops.settings.internal.SettingsDefaultValues;
import io.backops.settings.internal.SettingsStore;
import io.backops.settings.internal.SettingsValidation;
import io.backops.shared.ValidationException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settings module's entry point: the settings in force, and their change. Reading is on hot paths
 * (classification on every submission), so the document is kept for a few seconds; a change made on this node
 * applies at once, one made on another node within {@link #FRESH_FOR}.
 */
@Service
public class Settings {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final SettingsStore store;
    private final SettingsDefaultValues defaults;
    private final SettingsValidation validation;
    private final ObjectProvider<SettingsRule> rules;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private volatile Cached cached;

    Settings(SettingsStore store, SettingsDefaultValues defaults, SettingsValidation validation, ObjectProvider<SettingsRule> rules,
             ApplicationEventPublisher events, ObjectMapper json) {
        this.store = store;
        this.defaults = defaults;
        this.validation = validation;
        this.rules = rules;
        this.events = events;
        this.json = json;
    }

    private record Cached(ProductSettings settings, long readAt) {
    }

    public ProductSettings current() {
        Cached now = cached;
        if (now == null || System.nanoTime() - now.readAt() > FRESH_FOR.toNanos()) {
            now = new Cached(store.load().map(this::read).map(saved -> saved.withMissingSectionsFrom(defaults.settings()))
                    .orElseGet(defaults::settings), System.nanoTime());
            cached = now;
        }
        return now.settings();
    }

    /** Fails with AccessDeniedException naming the feature when an admin switched it off. */
    public void require(Grant grant) {
        if (!current().granted(grant)) {
            throw new AccessDeniedException(grant.name().charAt(0) + grant.name().substring(1).toLowerCase()
                    + " is switched off in the product settings");
        }
    }

    /** Replaces every setting; refused with every failing field named, and then nothing changes. */
    @Transactional
    public ProductSettings update(String actor, ProductSettings document) {
        ProductSettings next = document.withMissingSectionsFrom(current());
        Map<String, String> errors = new LinkedHashMap<>();
        validation.check(next, errors);
        if (errors.isEmpty()) {
            // The modules that use a setting know what it must be (which KRAs exist, what a retry cycle looks like).
            rules.orderedStream().forEach(rule -> rule.check(next, errors));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ProductSettings before = current();
        store.save(write(next), actor);
        sections(before).forEach((section, value) -> {
            Object after = sections(next).get(section);
            if (!Objects.equals(value, after)) {
                events.publishEvent(new SettingsChanged(actor, section, write(value), write(after)));
            }
        });
        cached = new Cached(next, System.nanoTime());
        return next;
    }

    private static Map<String, Object> sections(ProductSettings settings) {
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("grants", settings.grants());
        sections.put("classification", settings.classification());
        sections.put("reasons", settings.reasons());
        sections.put("emailTemplates", settings.emailTemplates());
        sections.put("sla", settings.sla());
        sections.put("kra", settings.kra());
        sections.put("retention", settings.retention());
        sections.put("fourEyes", settings.fourEyes());
        return sections;
    }

    private ProductSettings read(String document) {
        try {
            return json.readValue(document, ProductSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The saved product settings cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write product settings", e);
        }
    }
}
