package io.backops.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * An image must decode (ImageIO) and stay within sane pixel limits: its size is read from the header first, so a
 * small file that claims a gigapixel (a decompression bomb) is refused before anything is decoded. What follows the
 * image's end must hold no web page markup.
 */
public final class ImageCheck {

    /** 40 megapixels: more than any phone camera or scanner at 600 dpi produces for an A4 page. */
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 20_000;

    private ImageCheck() {
    }

    public static Optional<String> problemWith(byte[] content) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.of("is not an image that decodes");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE
                        || (long) width * height > MAX_PIXELS) {
                    return Optional.of("is an image of " + width + " x " + height
                            + " pixels; at most 40 megapixels and 20000 pixels a side are accepted");
                }
                // A truncated or corrupt JPEG decodes with gray where data is missing and only a warning says so.
                var warned = new java.util.concurrent.atomic.AtomicBoolean();
                reader.addIIOReadWarningListener((source, warning) -> warned.set(true));
                reader.read(0);
                if (warned.get()) {
                    return Optional.of("is not an image that decodes");
                }
                return markupAfterTheEnd(content) ? Optional.of("is an image with web page markup (HTML, SVG or script) "
                        + "after its end, which is not accepted") : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("is not an image that decodes");
        }
    }

    /**
     * Bytes after the image's end are no part of it; a browser that sniffs may render them as a page (an image-and-SVG
     * polyglot). Only markup is refused there: phones append their own data after a JPEG (a motion photo's video).
     */
    private static boolean markupAfterTheEnd(byte[] content) {
        int end = ImageEnd.of(content);
        return end >= 0 && end < content.length && WebMarkup.after(content, end);
    }
}
