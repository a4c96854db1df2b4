package org.crossfield.platform.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Turns a well-formed XHTML document into a PDF (openhtmltopdf on PDFBox; docs/adr/0014-pdf-library.md).
 *
 * <p>CSS paged media works: {@code @page { size: A4; @bottom-center { content: "…" counter(page) } }} puts a footer on
 * every page. {@code <title>} and {@code <meta name="subject|keywords|author">} become the PDF's document information.
 * Only the PDF base-14 fonts are used (Latin-1 text); the input must be XHTML (close every tag, escape {@code &} and
 * {@code <}). Nothing is fetched from the network: the document must not reference external resources.
 */
@Component
public class HtmlPdfRenderer {

    /** The PDF for {@code xhtml}. */
    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Could not render the PDF: " + e.getMessage(), e);
        }
    }

    /** {@code text} safe inside XHTML element content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
