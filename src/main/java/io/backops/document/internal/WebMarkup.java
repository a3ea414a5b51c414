package io.backops.document.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Markup a browser would render or run (HTML, SVG, script) where a PDF or an image has no business holding any: the
 * halves of a polyglot, a file that is a valid PDF or image to its checker and a web page to a browser that sniffs.
 * No marker is a run of hexadecimal digits, so a PDF's hex strings never look like one.
 */
final class WebMarkup {

    /** A tag's name must end (space, {@code >} or {@code /}), so that random compressed bytes seldom look like one. */
    private static final Pattern MARKERS = Pattern.compile(
            "<(?:html|head|body|script|svg|iframe|object|embed|meta)[\\s>/]|<!doctype|javascript:",
            Pattern.CASE_INSENSITIVE);

    /** A PDF stream's content is its own (compressed) world: a page's text, a font, an image. */
    private static final Pattern PDF_STREAM = Pattern.compile("(?s)(?<!end)stream\\r?\\n.*?endstream");

    private WebMarkup() {
    }

    /** Whether {@code content[from..]} holds markup. */
    static boolean after(byte[] content, int from) {
        return holds(new String(content, from, content.length - from, StandardCharsets.ISO_8859_1));
    }

    /** Whether a PDF holds markup outside its streams: in its header, between its objects or after its end. */
    static boolean outsidePdfStreams(byte[] content) {
        return holds(PDF_STREAM.matcher(new String(content, StandardCharsets.ISO_8859_1)).replaceAll(""));
    }

    private static boolean holds(String text) {
        return MARKERS.matcher(text).find();
    }
}
