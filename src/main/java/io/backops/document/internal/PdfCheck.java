package io.backops.document.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF must open (PDFBox) and carry nothing a viewer would run: no JavaScript (actions of type JavaScript, /JS
 * entries, the document's JavaScript name tree) and no launch actions, wherever they hang (open action, pages,
 * annotations, form fields, outlines). Every object reachable from the trailer is walked, so an action hidden
 * anywhere a viewer could find it is found here too. Nor may it hold web page markup outside its streams (a
 * PDF-and-HTML polyglot, which a sniffing browser would render as a page).
 */
public final class PdfCheck {

    /** A bound on the walk, so that a crafted file of millions of objects is refused rather than walked forever. */
    private static final int MAX_OBJECTS = 200_000;

    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName JS = COSName.getPDFName("JS");

    private PdfCheck() {
    }

    public static Optional<String> problemWith(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.getNumberOfPages() == 0) {
                return Optional.of("is a PDF without pages");
            }
            var active = activeContent(pdf.getDocument().getTrailer());
            if (active.isEmpty() && WebMarkup.outsidePdfStreams(content)) {
                return Optional.of("is a PDF with web page markup (HTML, SVG or script) outside its content, "
                        + "which is not accepted");
            }
            return active;
        } catch (InvalidPasswordException e) {
            return Optional.of("is a password-protected PDF; upload it without the password");
        } catch (IOException | RuntimeException e) {
            return Optional.of("is not a PDF that opens");
        }
    }

    private static Optional<String> activeContent(COSDictionary trailer) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var pending = new java.util.ArrayDeque<COSBase>();
        pending.push(trailer);
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            COSBase object = next instanceof COSObject reference ? reference.getObject() : next;
            if (object == null || !seen.add(object)) {
                continue;
            }
            if (seen.size() > MAX_OBJECTS) {
                return Optional.of("is a PDF too complex to check");
            }
            if (object instanceof COSDictionary dictionary) {
                COSName type = dictionary.getCOSName(COSName.S);
                if (JAVASCRIPT.equals(type) || dictionary.containsKey(JS) || isJavaScriptNameTree(dictionary)) {
                    return Optional.of("is a PDF with JavaScript, which is not accepted");
                }
                if (LAUNCH.equals(type)) {
                    return Optional.of("is a PDF with a launch action, which is not accepted");
                }
                dictionary.getValues().forEach(pending::push);
            } else if (object instanceof COSArray array) {
                array.forEach(pending::push);
            }
        }
        return Optional.empty();
    }

    /** The catalog's /Names dictionary holds document-level scripts under /JavaScript. */
    private static boolean isJavaScriptNameTree(COSDictionary dictionary) {
        return dictionary.containsKey(JAVASCRIPT);
    }
}
