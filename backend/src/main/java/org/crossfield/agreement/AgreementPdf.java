package org.crossfield.agreement;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crossfield.platform.pdf.HtmlPdfRenderer;
import org.springframework.stereotype.Component;

/**
 * The PDF of an agreement version, and reading the fingerprint back out of a PDF. The SHA-256 of the rendered text is
 * written twice: in the document information ({@code keywords}: {@code crossfield-agreement-sha256:<hex>}) and in the
 * footer of every page ({@code SHA-256 <hex>}).
 */
@Component
class AgreementPdf {

    static final String KEYWORD = "crossfield-agreement-sha256:";
    private static final Pattern IN_KEYWORDS = Pattern.compile(Pattern.quote(KEYWORD) + "([0-9a-f]{64})");
    private static final Pattern IN_FOOTER = Pattern.compile("SHA-256\\s+([0-9a-f]{64})");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final HtmlPdfRenderer renderer;

    AgreementPdf(HtmlPdfRenderer renderer) {
        this.renderer = renderer;
    }

    /** What is printed under the text: the signature record, or "not signed". */
    record Signature(boolean signed, java.time.Instant signedAt, List<String> approvers) {
    }

    byte[] render(String title, long agreementId, int versionNo, String text, String sha256, Signature signature) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.split("\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            boolean heading = paragraph.matches("^\\d{1,3}\\.\\s+\\S.*$");
            body.append(heading ? "<h2>" : "<p>").append(HtmlPdfRenderer.escape(paragraph)).append(heading ? "</h2>\n" : "</p>\n");
        }
        StringBuilder record = new StringBuilder();
        if (signature.signed()) {
            record.append("<p><b>Signed</b> on ").append(WHEN.format(signature.signedAt())).append(" (version ").append(versionNo)
                    .append("), approved by:</p><ul>");
            signature.approvers().forEach(a -> record.append("<li>").append(HtmlPdfRenderer.escape(a)).append("</li>"));
            record.append("</ul>");
        } else {
            record.append("<p><b>Not signed.</b> This is version ").append(versionNo).append(" under negotiation.</p>");
        }
        String footer = "Crossfield agreement " + agreementId + " v" + versionNo + " \u00b7 SHA-256 " + sha256;
        String xhtml = """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml"><head>
                <meta charset="UTF-8" />
                <title>%s</title>
                <meta name="subject" content="Crossfield agreement %d, version %d" />
                <meta name="keywords" content="%s%s" />
                <meta name="author" content="Crossfield" />
                <style>
                  @page { size: A4; margin: 22mm 20mm 24mm 20mm;
                    @bottom-left { content: "%s"; font-family: %s; font-size: 6.5pt; color: #444; }
                    @bottom-right { content: "page " counter(page) " of " counter(pages); font-family: %s; font-size: 7pt; color: #444; } }
                  body { font-family: %s; font-size: 10.5pt; line-height: 1.35; }
                  h1 { font-size: 15pt; margin: 0 0 4mm 0; }
                  h2 { font-size: 11.5pt; margin: 5mm 0 1.5mm 0; }
                  p { margin: 0 0 2mm 0; }
                  .record { margin-top: 8mm; border-top: 1px solid #999; padding-top: 3mm; font-size: 9.5pt; }
                  .fingerprint { font-family: %s; font-size: 8pt; }
                </style></head><body>
                <h1>%s</h1>
                %s
                <div class="record">%s<p class="fingerprint">SHA-256 %s</p>
                <p>Check this PDF in Crossfield under "Verify a PDF": the fingerprint above must match the signed record.</p></div>
                </body></html>
                """.formatted(HtmlPdfRenderer.escape(title), agreementId, versionNo, KEYWORD, sha256, footer,
                HtmlPdfRenderer.MONO, HtmlPdfRenderer.SANS, HtmlPdfRenderer.SERIF, HtmlPdfRenderer.MONO,
                HtmlPdfRenderer.escape(title), body, record, sha256);
        return renderer.render(xhtml);
    }

    /** The fingerprints a PDF carries: in its keywords and in its page text; empty lists when none or not a PDF. */
    record Found(Optional<String> inKeywords, List<String> inText) {
    }

    static Found read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String keywords = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getKeywords();
            Optional<String> k = Optional.empty();
            if (keywords != null) {
                Matcher m = IN_KEYWORDS.matcher(keywords);
                if (m.find()) {
                    k = Optional.of(m.group(1));
                }
            }
            String text = new PDFTextStripper().getText(doc);
            List<String> inText = IN_FOOTER.matcher(text).results().map(r -> r.group(1)).distinct().toList();
            return new Found(k, inText);
        } catch (java.io.IOException | RuntimeException e) {
            return new Found(Optional.empty(), List.of());
        }
    }
}
