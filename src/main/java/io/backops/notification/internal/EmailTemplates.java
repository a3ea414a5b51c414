package io.backops.notification.internal;

import io.backops.notification.NotificationEvent;
import io.backops.settings.Settings;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Fills an event's email template (a product setting) with the application's fields. Plain text: a placeholder takes the value as it
 * is, and an unknown placeholder stays visible rather than vanishing, so a typo in a template shows in the mail.
 */
@Component
class EmailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z]+)\\s*}}");

    private final Settings settings;

    EmailTemplates(Settings settings) {
        this.settings = settings;
    }

    /** A rendered email. */
    record Email(String subject, String text) {
    }

    /** The email of this event with these fields; empty when the event has no template. */
    Optional<Email> render(NotificationEvent event, Map<String, String> fields) {
        var template = settings.current().emailTemplates().get(event.name());
        if (template == null || template.subject() == null) {
            return Optional.empty();
        }
        String text = String.join("\n\n", fill(template.header(), fields), fill(template.body(), fields),
                fill(template.footer(), fields)).strip();
        return Optional.of(new Email(fill(template.subject(), fields), text));
    }

    static String fill(String part, Map<String, String> fields) {
        if (part == null) {
            return "";
        }
        Matcher matcher = PLACEHOLDER.matcher(part);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = fields.get(matcher.group(1));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
