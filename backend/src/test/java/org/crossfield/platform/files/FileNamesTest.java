package org.crossfield.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An uploader chooses a file's name: it must not decide what a browser saves, nor break the header or the page. */
class FileNamesTest {

    @Test
    void aQuotedNameCannotAddParametersToTheHeader() {
        String header = FileNames.contentDisposition("cv.html\";x=\".pdf", "download");
        assertThat(header).startsWith("attachment; filename=\"cv.html__x=_.pdf\"; filename*=UTF-8''cv.html__x%3D_.pdf");
        // exactly two quotes: the ones around the ASCII fallback
        assertThat(header.chars().filter(c -> c == '"').count()).isEqualTo(2);
    }

    @Test
    void storedNamesLoseTheirPathControlAndReservedCharactersAndKeepTheirExtension() {
        assertThat(FileNames.sanitise("C:\\Users\\me\\..\\cv.pdf", "x")).isEqualTo("cv.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd", "x")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("a\u0000b\r\nc\u202Efdp.exe", "x")).isEqualTo("abcfdp.exe");
        assertThat(FileNames.sanitise("  ..  ", "fallback.pdf")).isEqualTo("fallback.pdf");
        assertThat(FileNames.sanitise(null, "fallback.pdf")).isEqualTo("fallback.pdf");
        assertThat(FileNames.sanitise("x".repeat(300) + ".pdf", "x")).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
        assertThat(FileNames.withExtension(FileNames.sanitise("cv.html", "x"), "pdf")).isEqualTo("cv.html.pdf");
        assertThat(FileNames.withExtension("CV.PDF", "pdf")).isEqualTo("CV.PDF");
    }

    @Test
    void nonAsciiNamesTravelExactlyInFilenameStar() {
        String header = FileNames.contentDisposition("Lebenslauf Müller.pdf", "download");
        assertThat(header).isEqualTo("attachment; filename=\"Lebenslauf M_ller.pdf\"; filename*=UTF-8''Lebenslauf%20M%C3%BCller.pdf");
    }
}
