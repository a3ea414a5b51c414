package io.backops.review.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What Backops accepts as a Camunda Form for its flows: what Camunda 7.24's Tasklist can render. Tasklist 7.24
 * bundles form-js 1.x and renders schema versions up to {@value #TASKLIST_SCHEMA_VERSION}, the version form-js 1.10
 * (the portal's form editor, tools/modeler/build.sh) writes; a newer form would open blank or broken in Tasklist, so it
 * is refused before it is deployed, on every route (upload, API, a draft's form).
 */
public final class CamundaForms {

    public static final int TASKLIST_SCHEMA_VERSION = 16;
    /** Far more than any real form (the shipped ones are about 2 kB), small enough to keep out abuse. */
    static final int MAX_CHARS = 200_000;
    private static final Pattern FORM_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,99}");

    private CamundaForms() {
    }

    public static boolean isFormId(String id) {
        return id != null && FORM_ID.matcher(id).matches();
    }

    /** The form's id, or null when the content is not a form with a usable id. */
    static String idOf(ObjectMapper json, byte[] content) {
        JsonNode form = tree(json, content);
        JsonNode id = form == null ? null : form.get("id");
        return id != null && id.isTextual() && isFormId(id.asText()) ? id.asText() : null;
    }

    /**
     * Every problem of one form, by field of the form ({@code id}, {@code schemaVersion}, {@code components}, or
     * {@code form} for the whole); empty when Tasklist can render it.
     */
    static Map<String, String> problems(ObjectMapper json, byte[] content) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (content.length > MAX_CHARS) {
            problems.put("form", "is longer than " + MAX_CHARS + " characters");
            return problems;
        }
        JsonNode form = tree(json, content);
        if (form == null || !form.isObject()) {
            problems.put("form", "must be a Camunda Form: a JSON object");
            return problems;
        }
        if (idOf(json, content) == null) {
            problems.put("id", "is required: letters, digits, '-' and '_', starting with a letter, at most 100");
        }
        JsonNode version = form.get("schemaVersion");
        if (version == null || !version.isInt()) {
            problems.put("schemaVersion", "is required: a whole number up to " + TASKLIST_SCHEMA_VERSION);
        } else if (version.asInt() > TASKLIST_SCHEMA_VERSION || version.asInt() < 1) {
            problems.put("schemaVersion", "is " + version.asInt() + ", but Camunda 7.24's Tasklist renders forms up to"
                    + " schema version " + TASKLIST_SCHEMA_VERSION + " (form-js 1.10): save it with the portal's form editor");
        }
        JsonNode components = form.get("components");
        if (components == null || !components.isArray()) {
            problems.put("components", "is required: the list of the form's fields");
        }
        return problems;
    }

    private static JsonNode tree(ObjectMapper json, byte[] content) {
        try {
            return json.readTree(new String(content, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }
}
