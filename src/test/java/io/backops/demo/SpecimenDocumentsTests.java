package io.backops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.application.Submission;
import io.backops.application.internal.DocumentContent;
import io.backops.document.DocumentInspection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The demo's documents are real files of their types, of a size a reviewer can read, made for their applicant, marked
 * "SPECIMEN", and accepted by the same content checks as any upload. Copies land in {@code target/demo-documents/}.
 */
class SpecimenDocumentsTests {

    private static final Path COPIES = Path.of("target", "demo-documents");

    @Test
    void everyDemoApplicantBringsAPanCardAPhotoAndAnAddressProofThatPassTheUploadChecks() throws IOException {
        Files.createDirectories(COPIES);
        for (Submission submission : DemoApplications.all(DemoData.DISTRIBUTOR_ARN)) {
            assertThat(submission.documents()).extracting(Submission.Document::type)
                    .containsExactly("PAN_CARD", "PHOTO", "ADDRESS_PROOF");
            for (Submission.Document document : submission.documents()) {
                byte[] bytes = Base64.getDecoder().decode(document.content());
                Files.write(COPIES.resolve(document.fileName()), bytes);

                assertThat(bytes.length).as(document.fileName()).isBetween(1_000, DocumentContent.MAX_BYTES);
                assertThat(DocumentContent.sniff(bytes)).as(document.fileName()).contains(document.contentType());
                assertThat(new DocumentInspection().problemWith(document.contentType(), bytes))
                        .as(document.fileName()).isEmpty();
            }
        }
    }

    @Test
    void theImagesAreLargeEnoughToZoomInto() throws IOException {
        var applicant = DemoApplications.all(DemoData.DISTRIBUTOR_ARN).get(0).applicant();
        var documents = SpecimenDocuments.of(applicant);

        var card = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(documents.get(0).content())));
        var photo = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(documents.get(1).content())));

        assertThat(card.getWidth()).isEqualTo(SpecimenImages.CARD_WIDTH);
        assertThat(card.getHeight()).isEqualTo(SpecimenImages.CARD_HEIGHT);
        assertThat(photo.getWidth()).isEqualTo(SpecimenImages.PHOTO_WIDTH);
        assertThat(photo.getHeight()).isEqualTo(SpecimenImages.PHOTO_HEIGHT);
        // Drawn, not blank: a plain image would have one colour throughout.
        assertThat(card.getRGB(60, 60)).isNotEqualTo(card.getRGB(60, 300));
        assertThat(photo.getRGB(photo.getWidth() / 2, 20)).isNotEqualTo(photo.getRGB(photo.getWidth() / 2, 480));
    }

    @Test
    void theAddressProofIsAPageOfTextNamingTheApplicantAndSayingSpecimen() throws IOException {
        var applicant = DemoApplications.all(DemoData.DISTRIBUTOR_ARN).get(1).applicant();
        byte[] pdf = Base64.getDecoder().decode(SpecimenDocuments.of(applicant).get(2).content());

        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);

            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("VIKRAM SINGH", "12 MG Road", "PUNE 411001", "Amount payable", "SPECIMEN");
            assertThat(text.lines().filter(line -> !line.isBlank()).count()).isGreaterThan(15);
        }
    }
}
