package io.backops.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.Submissions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

class DocumentInspectionTests {

    private final DocumentInspection inspection = new DocumentInspection();

    @Test
    void aPlainPdfPasses() throws IOException {
        assertThat(inspection.problemWith("application/pdf", pdf(document -> { }))).isEmpty();
        assertThat(inspection.problemWith("application/pdf", Base64.getDecoder().decode(Submissions.PDF))).isEmpty();
    }

    @Test
    void aPdfThatRunsJavaScriptWhenOpenedIsRefused() throws IOException {
        byte[] pdf = pdf(document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('hello')")));

        assertThat(inspection.problemWith("application/pdf", pdf)).contains("is a PDF with JavaScript, which is not accepted");
    }

    @Test
    void javaScriptHiddenInAPageActionOrTheNameTreeIsFoundToo() throws IOException {
        byte[] onPageOpen = pdf(document -> {
            var actions = new PDPageAdditionalActions();
            actions.setO(new PDActionJavaScript("this.print()"));
            document.getPage(0).setActions(actions);
        });
        byte[] inNames = pdf(document -> {
            var names = new COSDictionary();
            names.setItem(COSName.getPDFName("JavaScript"), new COSDictionary());
            document.getDocumentCatalog().getCOSObject().setItem(COSName.NAMES, names);
        });

        assertThat(inspection.problemWith("application/pdf", onPageOpen)).get().asString().contains("JavaScript");
        assertThat(inspection.problemWith("application/pdf", inNames)).get().asString().contains("JavaScript");
    }

    @Test
    void aPdfWithALaunchActionIsRefused() throws IOException {
        byte[] pdf = pdf(document -> {
            var link = new PDAnnotationLink();
            var launch = new PDActionLaunch();
            launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification());
            link.setAction(launch);
            try {
                document.getPage(0).getAnnotations().add(link);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(inspection.problemWith("application/pdf", pdf)).contains("is a PDF with a launch action, which is not accepted");
    }

    @Test
    void bytesThatOnlyStartLikeAPdfAreRefused() {
        byte[] fake = "%PDF-1.7\nthis is no PDF at all".getBytes(StandardCharsets.US_ASCII);

        assertThat(inspection.problemWith("application/pdf", fake)).contains("is not a PDF that opens");
    }

    private static final String HTML = "<html><body><script>alert(document.cookie)</script></body></html>\n";
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>\n";

    @Test
    void aPdfHeaderFollowedByHtmlIsRefused() {
        byte[] html = ("%PDF-1.7\n" + HTML).getBytes(StandardCharsets.US_ASCII);

        assertThat(inspection.problemWith("application/pdf", html)).isPresent();
    }

    @Test
    void aPdfThatOpensButCarriesHtmlForABrowserIsRefused() throws IOException {
        byte[] pdf = pdf(document -> { });
        int headerEnd = indexOf(pdf, (byte) '\n') + 1;
        byte[] htmlAfterTheHeader = concat(Arrays.copyOf(pdf, headerEnd), HTML.getBytes(StandardCharsets.US_ASCII),
                Arrays.copyOfRange(pdf, headerEnd, pdf.length));
        byte[] htmlAfterTheEnd = concat(pdf, HTML.getBytes(StandardCharsets.US_ASCII));

        assertThat(inspection.problemWith("application/pdf", htmlAfterTheHeader)).contains(
                "is a PDF with web page markup (HTML, SVG or script) outside its content, which is not accepted");
        assertThat(inspection.problemWith("application/pdf", htmlAfterTheEnd)).contains(
                "is a PDF with web page markup (HTML, SVG or script) outside its content, which is not accepted");
    }

    @Test
    void aPngHeaderFollowedBySvgIsRefused() {
        byte[] signature = Arrays.copyOf(Base64.getDecoder().decode(Submissions.PNG), 8);

        assertThat(inspection.problemWith("image/png", concat(signature, SVG.getBytes(StandardCharsets.US_ASCII))))
                .contains("is not an image that decodes");
    }

    @Test
    void anImageThatDecodesButCarriesSvgAfterItsEndIsRefused() throws IOException {
        byte[] svg = SVG.getBytes(StandardCharsets.US_ASCII);

        assertThat(inspection.problemWith("image/png", concat(Base64.getDecoder().decode(Submissions.PNG), svg)))
                .contains("is an image with web page markup (HTML, SVG or script) after its end, which is not accepted");
        assertThat(inspection.problemWith("image/jpeg", concat(image("jpg", 64, 64), svg)))
                .contains("is an image with web page markup (HTML, SVG or script) after its end, which is not accepted");
    }

    @Test
    void whatAPhoneAppendsAfterAJpegIsNoMarkupAndPasses() throws IOException {
        byte[] motionPhoto = concat(image("jpg", 64, 64), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'});

        assertThat(inspection.problemWith("image/jpeg", motionPhoto)).isEmpty();
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void imagesThatDecodePass() throws IOException {
        assertThat(inspection.problemWith("image/png", Base64.getDecoder().decode(Submissions.PNG))).isEmpty();
        assertThat(inspection.problemWith("image/jpeg", image("jpg", 640, 480))).isEmpty();
    }

    @Test
    void aTruncatedImageIsRefused() throws IOException {
        byte[] jpeg = image("jpg", 640, 480);

        assertThat(inspection.problemWith("image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 3)))
                .contains("is not an image that decodes");
    }

    @Test
    void aSmallFileClaimingAHugeImageIsRefusedBeforeDecoding() throws IOException {
        byte[] bomb = pngClaiming(100_000, 100_000);

        assertThat(inspection.problemWith("image/png", bomb)).get().asString()
                .contains("100000 x 100000 pixels", "at most 40 megapixels");
    }

    private interface Change {
        void apply(PDDocument document) throws IOException;
    }

    private static byte[] pdf(Change change) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            change.apply(document);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, width / 2, height / 2);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A PNG whose header claims the given size, followed by a valid but tiny image data stream. */
    private static byte[] pngClaiming(int width, int height) throws IOException {
        byte[] real = image("png", 1, 1);
        var header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0}).array();
        var out = new ByteArrayOutputStream();
        out.write(real, 0, 8);
        out.write(chunk("IHDR", header));
        // Everything after the original IHDR chunk (8 signature + 25 IHDR bytes) as it was.
        out.write(real, 33, real.length - 33);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        var crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII))
                .put(data).putInt((int) crc.getValue()).array();
    }
}
