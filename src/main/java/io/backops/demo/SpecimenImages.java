package io.backops.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javax.imageio.ImageIO;

/**
 * A PAN-card-like image and a passport photo for a demo applicant, drawn with Java2D, so that the portal's preview,
 * zoom and rotate show something a reviewer would recognise. Both carry "SPECIMEN" across them: they are made up.
 */
final class SpecimenImages {

    /** 85.6 × 54 mm (an ID card) and 35 × 45 mm (a passport photo) at 300 dpi. */
    static final int CARD_WIDTH = 1012;
    static final int CARD_HEIGHT = 638;
    static final int PHOTO_WIDTH = 413;
    static final int PHOTO_HEIGHT = 531;

    private static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color SPECIMEN_RED = new Color(200, 30, 30, 110);
    /** PDFBox ships Liberation Sans; drawing with it needs no font installed on the server. */
    private static final Font SANS = loadFont();

    private SpecimenImages() {
    }

    /** A PNG: the card's header, the holder's name, father's or spouse's name, date of birth, PAN, photo, signature. */
    static byte[] panCard(String name, String fatherOrSpouseName, LocalDate dateOfBirth, String pan) {
        var image = new BufferedImage(CARD_WIDTH, CARD_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smooth(image.createGraphics());
        g.setPaint(new GradientPaint(0, 0, new Color(222, 236, 248), CARD_WIDTH, CARD_HEIGHT, new Color(246, 238, 220)));
        g.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
        g.setColor(new Color(24, 64, 120));
        g.fill(new RoundRectangle2D.Double(0, 0, CARD_WIDTH, 110, 0, 0));
        g.setColor(Color.WHITE);
        g.setFont(SANS.deriveFont(Font.BOLD, 34f));
        g.drawString("PERMANENT ACCOUNT NUMBER CARD", 40, 58);
        g.setFont(SANS.deriveFont(22f));
        g.drawString("Specimen for the Backops demo - not issued by any authority", 40, 92);

        g.setColor(new Color(30, 30, 30));
        field(g, "Name", name, 40, 170);
        field(g, "Father's / Spouse's Name", fatherOrSpouseName, 40, 260);
        field(g, "Date of Birth", dateOfBirth.format(CARD_DATE), 40, 350);
        g.setFont(SANS.deriveFont(22f));
        g.setColor(new Color(90, 90, 90));
        g.drawString("Permanent Account Number", 40, 430);
        g.setFont(SANS.deriveFont(Font.BOLD, 56f));
        g.setColor(new Color(20, 20, 20));
        g.drawString(spaced(pan), 40, 495);

        var portrait = portrait(name, 230, 296);
        g.drawImage(portrait, CARD_WIDTH - 290, 140, null);
        g.setColor(new Color(60, 60, 60));
        g.setStroke(new BasicStroke(2f));
        g.drawRect(CARD_WIDTH - 290, 140, 230, 296);
        signature(g, name, CARD_WIDTH - 290, 520);
        g.setFont(SANS.deriveFont(18f));
        g.drawString("Signature", CARD_WIDTH - 290, 600);

        specimen(g, CARD_WIDTH, CARD_HEIGHT, 130f);
        g.dispose();
        return encode(image, "png");
    }

    /** A JPEG: head and shoulders on a light background, the way a passport photo is taken. */
    static byte[] passportPhoto(String name) {
        var image = portrait(name, PHOTO_WIDTH, PHOTO_HEIGHT);
        Graphics2D g = smooth(image.createGraphics());
        specimen(g, PHOTO_WIDTH, PHOTO_HEIGHT, 64f);
        g.setColor(new Color(255, 255, 255, 200));
        g.fillRect(0, PHOTO_HEIGHT - 44, PHOTO_WIDTH, 44);
        g.setColor(new Color(40, 40, 40));
        g.setFont(SANS.deriveFont(Font.BOLD, 20f));
        g.drawString(name + " - SPECIMEN", 14, PHOTO_HEIGHT - 15);
        g.dispose();
        return encode(image, "jpg");
    }

    /** A made-up face: its colours follow from the name, so each applicant keeps his own. */
    private static BufferedImage portrait(String name, int width, int height) {
        int seed = Math.abs(name.hashCode());
        Color[] skins = {new Color(224, 172, 135), new Color(198, 140, 100), new Color(160, 110, 75),
                new Color(236, 190, 155)};
        Color[] shirts = {new Color(40, 70, 130), new Color(120, 40, 60), new Color(50, 110, 80),
                new Color(90, 90, 100)};
        Color skin = skins[seed % skins.length];
        Color shirt = shirts[(seed / 7) % shirts.length];
        Color hair = new Color(35 + seed % 30, 25 + seed % 20, 20);

        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smooth(image.createGraphics());
        g.setPaint(new GradientPaint(0, 0, new Color(236, 242, 248), 0, height, new Color(205, 216, 228)));
        g.fillRect(0, 0, width, height);
        double cx = width / 2.0;
        double headW = width * 0.42;
        double headH = height * 0.40;
        double headTop = height * 0.14;

        g.setColor(shirt);
        var shoulders = new Path2D.Double();
        shoulders.moveTo(0, height);
        shoulders.curveTo(0, height * 0.72, width * 0.2, height * 0.66, cx, height * 0.66);
        shoulders.curveTo(width * 0.8, height * 0.66, width, height * 0.72, width, height);
        shoulders.closePath();
        g.fill(shoulders);
        g.setColor(skin.darker());
        g.fill(new RoundRectangle2D.Double(cx - headW * 0.2, headTop + headH * 0.8, headW * 0.4, height * 0.16, 20, 20));
        g.setColor(hair);
        g.fill(new Ellipse2D.Double(cx - headW * 0.56, headTop - headH * 0.08, headW * 1.12, headH * 0.75));
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(cx - headW / 2, headTop + headH * 0.08, headW, headH));
        g.setColor(new Color(45, 35, 30));
        double eyeY = headTop + headH * 0.45;
        double eye = headW * 0.09;
        g.fill(new Ellipse2D.Double(cx - headW * 0.22 - eye / 2, eyeY, eye, eye * 0.7));
        g.fill(new Ellipse2D.Double(cx + headW * 0.22 - eye / 2, eyeY, eye, eye * 0.7));
        g.setStroke(new BasicStroke((float) Math.max(2, width / 120.0), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(skin.darker().darker());
        var nose = new Path2D.Double();
        nose.moveTo(cx, eyeY + eye);
        nose.lineTo(cx - eye * 0.5, eyeY + headH * 0.2);
        nose.lineTo(cx + eye * 0.3, eyeY + headH * 0.21);
        g.draw(nose);
        g.setColor(new Color(150, 70, 70));
        var mouth = new Path2D.Double();
        mouth.moveTo(cx - headW * 0.15, eyeY + headH * 0.3);
        mouth.quadTo(cx, eyeY + headH * 0.36, cx + headW * 0.15, eyeY + headH * 0.3);
        g.draw(mouth);
        g.dispose();
        return image;
    }

    private static void field(Graphics2D g, String label, String value, int x, int y) {
        g.setFont(SANS.deriveFont(22f));
        g.setColor(new Color(90, 90, 90));
        g.drawString(label, x, y);
        g.setFont(SANS.deriveFont(Font.BOLD, 36f));
        g.setColor(new Color(20, 20, 20));
        g.drawString(value, x, y + 42);
    }

    /** A scribble along the name's letters: enough to look like a signature, unlike anyone's. */
    private static void signature(Graphics2D g, String name, int x, int y) {
        g.setColor(new Color(20, 40, 110));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        var line = new Path2D.Double();
        line.moveTo(x, y + 40);
        double step = 200.0 / Math.max(1, name.length());
        for (int i = 0; i < name.length(); i++) {
            double lift = (name.charAt(i) % 5) * 9;
            line.quadTo(x + step * i + step / 2, y + 10 - lift, x + step * (i + 1), y + 38 - lift / 3);
        }
        g.draw(line);
    }

    /** "SPECIMEN" diagonally across the whole image, translucent, so nothing underneath is hidden. */
    private static void specimen(Graphics2D g, int width, int height, float size) {
        AffineTransform before = g.getTransform();
        g.setFont(SANS.deriveFont(Font.BOLD, size));
        g.setColor(SPECIMEN_RED);
        int textWidth = g.getFontMetrics().stringWidth("SPECIMEN");
        g.rotate(-Math.atan2(height, width), width / 2.0, height / 2.0);
        g.drawString("SPECIMEN", (width - textWidth) / 2, height / 2 + (int) (size / 3));
        g.setTransform(before);
    }

    private static String spaced(String pan) {
        return String.join(" ", pan.split(""));
    }

    private static Graphics2D smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static byte[] encode(BufferedImage image, String format) {
        var bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Font loadFont() {
        try (InputStream ttf = SpecimenImages.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            if (ttf != null) {
                return Font.createFont(Font.TRUETYPE_FONT, ttf);
            }
        } catch (IOException | FontFormatException e) {
            // The logical font below serves as well where a font is installed.
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }
}
