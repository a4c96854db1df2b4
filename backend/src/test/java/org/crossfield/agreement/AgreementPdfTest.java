package org.crossfield.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crossfield.platform.pdf.HtmlPdfRenderer;
import org.junit.jupiter.api.Test;

class AgreementPdfTest {

    @Test
    void theFingerprintIsInTheKeywordsAndOnEveryPage() throws Exception {
        StringBuilder text = new StringBuilder("COLLABORATION AGREEMENT\n");
        for (int i = 1; i <= 12; i++) {
            text.append(i).append(". Clause ").append(i).append('\n');
            text.append("Long text & <angle> brackets. ".repeat(40)).append('\n');
        }
        String sha = Fingerprint.of(text.toString());
        byte[] pdf = new AgreementPdf(new HtmlPdfRenderer()).render("Sepsis & co", 7, 2, text.toString(), sha,
                new AgreementPdf.Signature(true, Instant.parse("2026-11-30T10:00:00Z"), List.of("Sam Student, 30 Nov 2026 10:00 UTC")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(doc.getDocumentInformation().getKeywords()).contains(AgreementPdf.KEYWORD + sha);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Sepsis & co");
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).as("page " + page).contains("SHA-256 " + sha);
            }
        }
        AgreementPdf.Found found = AgreementPdf.read(pdf);
        assertThat(found.inKeywords()).contains(sha);
        assertThat(found.inText()).containsExactly(sha);
        assertThat(AgreementPdf.read("not a pdf".getBytes(StandardCharsets.US_ASCII)).inText()).isEmpty();
    }
}
