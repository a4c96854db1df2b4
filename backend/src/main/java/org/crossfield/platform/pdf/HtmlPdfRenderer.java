package org.crossfield.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a well-formed XHTML document into a PDF (openhtmltopdf on PDFBox; docs/adr/0014-pdf-library.md).
 *
 * <p>CSS paged media works: {@code @page { size: A4; @bottom-center { content: "…" counter(page) } }} puts a footer on
 * every page. {@code <title>} and {@code <meta name="subject|keywords|author">} become the PDF's document information.
 * The DejaVu fonts shipped with Crossfield (Bitstream Vera licence, {@code fonts/LICENSE-DejaVu.txt}) are embedded as
 * subsets, so names and text in every European script print as written (Łódź, Dvořák, Ελλάδα, Київ): use
 * {@link #SANS}, {@link #SERIF} or {@link #MONO} as the CSS font family. The input must be XHTML (close every tag,
 * escape {@code &} and {@code <}). Nothing is fetched from the network: the document must not reference external
 * resources.
 */
@Component
public class HtmlPdfRenderer {

    /** CSS font families of the embedded fonts, with the generic family as the fallback. */
    public static final String SANS = "'DejaVu Sans', sans-serif";
    public static final String SERIF = "'DejaVu Serif', serif";
    public static final String MONO = "'DejaVu Sans Mono', monospace";

    private record EmbeddedFont(String family, int weight, byte[] bytes) {
        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }

    /** Read once: about 2.5 MB, embedded as subsets of the glyphs a document uses. */
    private static final List<EmbeddedFont> FONTS = List.of(
            font("DejaVuSans.ttf", "DejaVu Sans", 400),
            font("DejaVuSans-Bold.ttf", "DejaVu Sans", 700),
            font("DejaVuSerif.ttf", "DejaVu Serif", 400),
            font("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700),
            font("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400));

    private static EmbeddedFont font(String file, String family, int weight) {
        try (InputStream in = HtmlPdfRenderer.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the application");
            }
            return new EmbeddedFont(family, weight, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF for {@code xhtml}. */
    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (EmbeddedFont font : FONTS) {
                builder.useFont(font::open, font.family(), font.weight(), FontStyle.NORMAL, true);
            }
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
