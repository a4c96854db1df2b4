package org.crossfield.reporting;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Renders well-formed XHTML with CSS to PDF (openhtmltopdf on PDFBox, docs/adr/0017). The agreements feature brings
 * the same renderer as org.crossfield.platform.pdf.HtmlPdfRenderer; this copy goes when both are merged.
 */
@Component
class HtmlPdfRenderer {

    byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
    }
}
