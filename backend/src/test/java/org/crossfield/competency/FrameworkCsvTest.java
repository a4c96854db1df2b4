package org.crossfield.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkCsvTest {

    private static byte[] shipped() throws IOException {
        try (InputStream in = FrameworkCsvTest.class.getResourceAsStream("/db/data/competencies.csv")) {
            return in.readAllBytes();
        }
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheShippedFrameworkAndWritesItBackTheSame() throws IOException {
        List<CompetencySummary> rows = FrameworkCsv.read(shipped());
        assertThat(rows).hasSize(47);
        assertThat(rows.getFirst().code()).isEqualTo("DSDA01");
        assertThat(rows).extracting(CompetencySummary::code).contains("HDS-03");
        assertThat(FrameworkCsv.read(FrameworkCsv.write(rows))).isEqualTo(rows);
    }

    @Test
    void formulasAreNeutralisedOnExportAndRestoredOnImport() {
        List<CompetencySummary> rows = List.of(new CompetencySummary("DSDA01", "=1+1", "@SUM(A1:A9)", "+source"));
        String written = new String(FrameworkCsv.write(rows), StandardCharsets.UTF_8);
        assertThat(written).contains("'=1+1").contains("'@SUM(A1:A9)").contains("'+source")
                .doesNotContain(",=1+1").doesNotContain(",@SUM");
        assertThat(FrameworkCsv.read(FrameworkCsv.write(rows))).isEqualTo(rows);
    }

    @Test
    void refusesAWrongHeader() {
        assertThatThrownBy(() -> FrameworkCsv.read(csv("code,area,title,source\nDSDA01,A,T,S\n")))
                .isInstanceOf(FrameworkImportException.class)
                .hasMessageContaining("Line 1").hasMessageContaining("code,group,title,source");
    }

    @Test
    void listsEveryBadRowWithItsLine() {
        FrameworkImportException e = (FrameworkImportException) org.junit.jupiter.api.Assertions.assertThrows(
                FrameworkImportException.class, () -> FrameworkCsv.read(csv("""
                        code,group,title,source
                        DSDA01,Analytics,Machine learning,EDSF
                        bad code,Analytics,Statistics,EDSF
                        DSDA01,Analytics,Again,EDSF
                        DSDA09,,No group,EDSF
                        DSDA10,Analytics
                        """)));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("Line 3").contains("not a competency code"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("Line 4").contains("appears twice"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("Line 5").contains("group is empty"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("Line 6").contains("expected 4 fields"));
    }

    @Test
    void refusesBrokenQuotingEmptyFilesAndNonUtf8() {
        assertThatThrownBy(() -> FrameworkCsv.read(csv("code,group,title,source\nDSDA01,\"unterminated,T,S\n")))
                .isInstanceOf(FrameworkImportException.class).hasMessageContaining("not valid CSV");
        assertThatThrownBy(() -> FrameworkCsv.read(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> FrameworkCsv.read(csv("code,group,title,source\n"))).hasMessageContaining("no competencies");
        assertThatThrownBy(() -> FrameworkCsv.read(new byte[] {'c', 'o', (byte) 0xC3, (byte) 0x28}))
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void refusesOverLongTexts() {
        String title = "x".repeat(301);
        assertThatThrownBy(() -> FrameworkCsv.read(csv("code,group,title,source\nDSDA01,Analytics," + title + ",EDSF\n")))
                .hasMessageContaining("title is longer than 300");
    }

    @Test
    void acceptsAByteOrderMarkAndQuotedCommas() {
        List<CompetencySummary> rows = FrameworkCsv.read(csv("\uFEFFcode,group,title,source\nHDS-99,Health,\"Privacy, ethics and law\",local\n"));
        assertThat(rows).containsExactly(new CompetencySummary("HDS-99", "Health", "Privacy, ethics and law", "local"));
    }
}
