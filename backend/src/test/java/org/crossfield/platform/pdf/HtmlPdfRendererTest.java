package org.crossfield.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** European names print as written: the embedded DejaVu fonts cover Latin Extended, Greek and Cyrillic. */
class HtmlPdfRendererTest {

    private static final String NAMES = "Łukasz Wróbel (Łódź), Jiří Dvořák (Brno), Ελένη Παπαδοπούλου (Αθήνα), "
            + "Олена Коваленко (Київ), Jürgen Groß (Zürich), Siobhán Ó Súilleabháin, Ærø – “quoted” € 1 000";

    private final HtmlPdfRenderer renderer = new HtmlPdfRenderer();

    private static String document(String family, String text) {
        return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>t</title>"
                + "<style>body { font-family: " + family + "; } .m { font-family: " + HtmlPdfRenderer.MONO + "; }</style></head>"
                + "<body><p>" + HtmlPdfRenderer.escape(text) + "</p><p><b>" + HtmlPdfRenderer.escape(text) + "</b></p>"
                + "<p class=\"m\">" + HtmlPdfRenderer.escape(text) + "</p></body></html>";
    }

    @Test
    void namesInEveryEuropeanScriptComeOutAsWrittenInEachFamily() throws Exception {
        for (String family : new String[] {HtmlPdfRenderer.SANS, HtmlPdfRenderer.SERIF}) {
            byte[] pdf = renderer.render(document(family, NAMES));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).as(family).contains("Łukasz Wróbel (Łódź)", "Jiří Dvořák", "Ελένη Παπαδοπούλου (Αθήνα)",
                        "Олена Коваленко (Київ)", "Jürgen Groß (Zürich)", "Siobhán Ó Súilleabháin", "“quoted” € 1 000");
                assertThat(text).doesNotContain("#");
                assertThat(fonts(doc)).as(family).anyMatch(f -> f.contains("DejaVu"))
                        .noneMatch(f -> f.contains("Helvetica") || f.contains("Times"));
            }
        }
    }

    private static Set<String> fonts(PDDocument doc) throws Exception {
        Set<String> names = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                names.add(resources.getFont(name).getName());
            }
        }
        return names;
    }

    @Test
    void escapingKeepsTheDocumentWellFormed() {
        assertThat(HtmlPdfRenderer.escape("a < b & \"c\" 'd'\u0001")).isEqualTo("a &lt; b &amp; &quot;c&quot; &#39;d&#39; ");
        assertThatThrownBy(() -> renderer.render("<html><body><p>unclosed</body></html>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Could not render the PDF");
    }
}
