package io.backops.document;

import io.backops.document.internal.ImageCheck;
import io.backops.document.internal.PdfCheck;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks a document beyond its first bytes, before it is stored: a PDF must open and carry no JavaScript or launch
 * action, an image must decode within the pixel limits. Answers what is wrong in words for the submitter, or empty.
 */
@Component
public class DocumentInspection {

    public Optional<String> problemWith(String contentType, byte[] content) {
        return switch (contentType) {
            case "application/pdf" -> PdfCheck.problemWith(content);
            case "image/jpeg", "image/png" -> ImageCheck.problemWith(content);
            default -> Optional.of("is not a JPG, PNG or PDF file");
        };
    }
}
