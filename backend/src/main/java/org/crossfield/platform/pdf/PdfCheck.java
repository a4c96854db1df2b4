package org.crossfield.platform.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * Whether uploaded bytes are a real PDF and nothing else: the file starts with {@code %PDF-}, PDFBox parses it into a
 * document with at least one page, it is not encrypted, it carries no document-level JavaScript, nothing but white
 * space follows its last {@code %%EOF}, and no HTML markup hides in it (an HTML/PDF polyglot that a browser would run
 * as a page). Looking only at {@code %PDF-} and {@code %%EOF}, as before, accepted such polyglots.
 */
public final class PdfCheck {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Markup that starts an HTML document or runs script, each followed by white space, '>' or '/'. */
    private static final java.util.regex.Pattern HTML = java.util.regex.Pattern.compile(
            "<(?:html|script|!doctype|iframe|body|object|embed)[\\s>/]");

    private PdfCheck() {
    }

    /** Empty when the bytes are an acceptable PDF; otherwise why not, as a sentence for the person who uploaded it. */
    public static Optional<String> problem(byte[] content) {
        if (content == null || content.length < HEADER.length || !startsWith(content, HEADER)) {
            return Optional.of("it is not a PDF (a PDF file starts with %PDF-)");
        }
        int eof = lastIndexOf(content, EOF);
        if (eof < 0) {
            return Optional.of("it is not a complete PDF (its end marker is missing)");
        }
        for (int i = eof + EOF.length; i < content.length; i++) {
            byte b = content[i];
            if (b != '\r' && b != '\n' && b != ' ' && b != '\t' && b != 0) {
                return Optional.of("something other than PDF follows the end of the PDF");
            }
        }
        if (containsHtml(content)) {
            return Optional.of("it contains HTML, which a PDF never needs");
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                return Optional.of("it is encrypted or password-protected");
            }
            if (document.getNumberOfPages() < 1) {
                return Optional.of("it has no pages");
            }
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            if (catalog.getOpenAction() instanceof PDActionJavaScript
                    || catalog.getNames() != null && catalog.getNames().getJavaScript() != null) {
                return Optional.of("it contains JavaScript");
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("it cannot be read as a PDF");
        }
        return Optional.empty();
    }

    private static boolean containsHtml(byte[] content) {
        // ISO-8859-1 maps each byte to one char, so the markers are found in binary parts too; case-insensitive
        String text = new String(content, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return HTML.matcher(text).find();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lastIndexOf(byte[] content, byte[] needle) {
        outer:
        for (int i = content.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
