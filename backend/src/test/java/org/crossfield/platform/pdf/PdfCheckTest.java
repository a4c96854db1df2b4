package org.crossfield.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * The PDF check parses the file: the old check looked only at %PDF- and %%EOF and accepted an HTML page with those
 * markers (a polyglot a browser runs as a page).
 */
class PdfCheckTest {

    static byte[] realPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aRealPdfIsAccepted() throws IOException {
        assertThat(PdfCheck.problem(realPdf())).isEmpty();
        assertThat(PdfCheck.problem(new HtmlPdfRenderer().render("<html><body><p>CV</p></body></html>"))).isEmpty();
    }

    @Test
    void anHtmlPageWithPdfMarkersIsRefused() {
        byte[] polyglot = "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(PdfCheck.problem(polyglot)).isPresent();
    }

    @Test
    void aRealPdfWithHtmlAppendedOrInsideIsRefused() throws IOException {
        byte[] pdf = realPdf();
        byte[] appended = concat(pdf, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
        assertThat(PdfCheck.problem(appended)).hasValueSatisfying(p -> assertThat(p).contains("follows the end"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("%%EOF");
        byte[] inside = (text.substring(0, at) + "% <script>alert(1)</script>\n" + text.substring(at))
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(PdfCheck.problem(inside)).hasValueSatisfying(p -> assertThat(p).contains("HTML"));
    }

    @Test
    void somethingThatOnlyLooksLikeAPdfIsRefused() {
        assertThat(PdfCheck.problem("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII))).as("no pages").isPresent();
        assertThat(PdfCheck.problem("not a pdf".getBytes(StandardCharsets.US_ASCII))).isPresent();
        assertThat(PdfCheck.problem(new byte[0])).isPresent();
        assertThat(PdfCheck.problem(null)).isPresent();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
