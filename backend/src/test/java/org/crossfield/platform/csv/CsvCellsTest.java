package org.crossfield.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OWASP "CSV Injection": cells a spreadsheet would run as formulas are neutralised; numbers and plain text are not. */
class CsvCellsTest {

    @Test
    void formulaTriggersGetAnApostrophe() {
        assertThat(CsvCells.safe("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(CsvCells.safe("+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(CsvCells.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.safe("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(CsvCells.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.safe("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void numbersAndPlainTextStayAsTheyAre() {
        assertThat(CsvCells.safe("-3")).isEqualTo("-3");
        assertThat(CsvCells.safe("+1.5")).isEqualTo("+1.5");
        assertThat(CsvCells.safe("Data science")).isEqualTo("Data science");
        assertThat(CsvCells.safe((String) null)).isNull();
        assertThat(CsvCells.safe((Object) 42)).isEqualTo(42);
    }

    @Test
    void restoreUndoesWhatSafeAdded() {
        for (String text : new String[] {"=1+1", "-x", "@a", "plain", "'quoted", "-3"}) {
            assertThat(CsvCells.restore(CsvCells.safe(text))).isEqualTo(text);
        }
    }
}
