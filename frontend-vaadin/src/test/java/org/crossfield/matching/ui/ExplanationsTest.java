package org.crossfield.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossfield.matching.ContributionLine;
import org.junit.jupiter.api.Test;

/** A match is explained in words first, in the screen's language; the formula stays available on demand. */
class ExplanationsTest {

    private static final Map<String, String> NAMES = Map.of("HDS-01", "Data stewardship", "DSDA02", "Quantitative methods");
    private static final Explanations.Texts ENGLISH = Explanations.Texts.of(Locale.ENGLISH);

    @Test
    void saysHowManyRequirementsAreMetAndWhatIsMissingByName() {
        List<ContributionLine> lines = List.of(
                new ContributionLine("DSDA02", 4, 3, 2, false, 0.4),
                new ContributionLine("HDS-01", 2, 4, 3, true, 0.115),
                new ContributionLine("DSDA01", 3, 3, 1, false, 0.2),
                new ContributionLine("DSDA03", 5, 2, 1, false, 0.2));
        assertThat(Explanations.inWords(lines, NAMES, ENGLISH))
                .isEqualTo("Meets 3 of 4 required competencies. Data stewardship (must-have): asked level 4, has 2.");
    }

    @Test
    void theExplanationIsInThePersonsLanguageWithItsFigures() {
        List<ContributionLine> lines = List.of(
                new ContributionLine("DSDA02", 4, 3, 2, false, 0.4),
                new ContributionLine("HDS-01", 2, 4, 3, true, 0.115),
                new ContributionLine("XX-9", 0, 2, 1, false, 0));
        assertThat(Explanations.inWords(lines, NAMES, Explanations.Texts.of(Locale.GERMAN))).isEqualTo(
                "Erfüllt 1 von 3 geforderten Kompetenzen. Data stewardship (Pflicht): gefordert Stufe 4, vorhanden 2. "
                        + "XX-9: gefordert Stufe 2, nicht vorhanden.");
        assertThat(Explanations.inWords(lines, NAMES, Explanations.Texts.of(Locale.FRENCH))).startsWith(
                "Remplit 1 des 3 compétences requises. Data stewardship (indispensable) : niveau 4 demandé, niveau 2 atteint.");
        assertThat(Explanations.inWords(List.of(), NAMES, Explanations.Texts.of(Locale.of("nl"))))
                .isEqualTo("De vacature vraagt geen bepaalde competenties.");
        assertThat(Explanations.score(0.875, Locale.GERMAN)).isEqualTo("0,875");
        assertThat(Explanations.score(1, Locale.ENGLISH)).isEqualTo("1.000");
    }

    @Test
    void aRoundsRecordedFormulaIsPutInWordsInThePersonsLanguage() {
        List<ContributionLine> engine = List.of(
                new ContributionLine("DSDA02", 4, 3, 2, false, 2.0 / 6),
                new ContributionLine("HDS-01", 2, 4, 3, true, 1.5 / 6),
                new ContributionLine("XX-9", 0, 2, 1, false, 0));
        String recorded = String.join("; ", engine.stream().map(ContributionLine::describe).toList());
        List<ContributionLine> read = ContributionLine.parseAll(recorded);
        assertThat(read).isEqualTo(engine);
        assertThat(Explanations.inWords(read, NAMES, Explanations.Texts.of(Locale.GERMAN))).isEqualTo(
                "Erfüllt 1 von 3 geforderten Kompetenzen. Data stewardship (Pflicht): gefordert Stufe 4, vorhanden 2. "
                        + "XX-9: gefordert Stufe 2, nicht vorhanden.");
        assertThat(ContributionLine.parseAll(recorded.substring(0, recorded.length() - 5) + "…"))
                .as("a record cut short is not guessed at").isEmpty();
    }

    @Test
    void allMetAndNothingAskedAreSaidPlainly() {
        assertThat(Explanations.inWords(List.of(new ContributionLine("HDS-01", 4, 4, 1, false, 1)), NAMES, ENGLISH))
                .isEqualTo("Meets the one required competency.");
        assertThat(Explanations.inWords(List.of(), NAMES, ENGLISH)).isEqualTo("The posting asks for no particular competencies.");
        assertThat(Explanations.inWords(List.of(new ContributionLine("XX-9", 0, 2, 1, false, 0)), NAMES, ENGLISH))
                .isEqualTo("Meets 0 of 1 required competencies. XX-9: asked level 2, has none.");
    }
}
