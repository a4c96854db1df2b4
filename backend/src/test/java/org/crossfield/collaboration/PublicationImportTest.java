package org.crossfield.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bibliography files as people keep them (src/test/resources/bibliographies), entry by entry. */
class PublicationImportTest {

    private static final int LATEST_YEAR = 2027;

    private static PublicationFile read(String resource) {
        try (InputStream in = PublicationImportTest.class.getResourceAsStream("/bibliographies/" + resource)) {
            return PublicationImport.read(resource, in.readAllBytes(), LATEST_YEAR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PublicationFile read(String fileName, String text) {
        return PublicationImport.read(fileName, text.getBytes(StandardCharsets.UTF_8), LATEST_YEAR);
    }

    private static ImportedPublication entry(PublicationFile file, String key) {
        return file.publications().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aRealBibTeXFileImportsEveryGoodEntryAndListsTheBadOnesWithLineAndReason() {
        PublicationFile file = read("real-world.bib");

        assertThat(file.format()).isEqualTo("BibTeX");
        assertThat(file.publications()).extracting(ImportedPublication::key).containsExactly("kowalski2021", "markup2020",
                "biblatex2019", "child2018", "mie2018", "gauss1877", "legendre1806", "undated", "after2024");
        assertThat(file.refused()).extracting(RefusedEntry::key, RefusedEntry::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("notitle", 63), org.assertj.core.groups.Tuple.tuple("broken2022", 68),
                org.assertj.core.groups.Tuple.tuple("hastings1066", 74), org.assertj.core.groups.Tuple.tuple("baddoi", 79),
                org.assertj.core.groups.Tuple.tuple("unclosed2023", 85));
        assertThat(file.refused()).extracting(RefusedEntry::reason).containsExactly(
                "It has no title.",
                "A comma is missing after the citation key “broken2022”.",
                "1066 is not a plausible year of publication; it must lie between 1450 and 2027.",
                "“see the publisher's page” is not a DOI. A DOI looks like 10.1234/abc.567 (with or without https://doi.org/ in front).",
                "A comma is missing after the field “title” on line 86.");
        // each reason also as the key of its text and the key's arguments, for the screens to say it in the person's language
        assertThat(file.refused()).extracting(RefusedEntry::reasonKey, RefusedEntry::reasonArguments).containsExactly(
                org.assertj.core.groups.Tuple.tuple("collaboration.import.refused.no-title", List.of()),
                org.assertj.core.groups.Tuple.tuple("collaboration.import.refused.comma-after-key", List.of("broken2022")),
                org.assertj.core.groups.Tuple.tuple("collaboration.import.refused.year", List.of(1066, 1450, 2027)),
                org.assertj.core.groups.Tuple.tuple("collaboration.import.refused.not-doi", List.of("see the publisher's page")),
                org.assertj.core.groups.Tuple.tuple("collaboration.import.refused.comma-after-field", List.of("title", 86)));
    }

    @Test
    void theApiStillReadsARefusedEntrysReasonAsItsEnglishText() {
        String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(new RefusedEntry("x", 3,
                new org.crossfield.i18n.Text("collaboration.import.refused.no-title", "It has no title.")));
        assertThat(json).contains("\"key\":\"x\"", "\"line\":3", "\"reason\":\"It has no title.\"",
                "\"reasonKey\":\"collaboration.import.refused.no-title\"", "\"reasonArguments\":[]");
    }

    @Test
    void everyLatexAccentAndSpecialLetterBecomesItsUnicodeCharacter() {
        PublicationFile file = read("real-world.bib");

        ImportedPublication kowalski = entry(file, "kowalski2021");
        assertThat(kowalski).isEqualTo(new ImportedPublication("kowalski2021", 9, "Federated learning on ICU time series",
                "Michał Kowalski; Przemysław Nowak; Aksın, Deniz; Urbański, Jan; Çetinkaya, Elif",
                "Journal of Health Data Science", 2021, LocalDate.of(2021, 1, 1), "10.1234/jhds.2021.001", null,
                "journal-article"));
        ImportedPublication markup = entry(file, "markup2020");
        assertThat(markup.authors()).isEqualTo("Müller, Karl; Østergaard, Søren; Dvořák, Antonín");
        assertThat(markup.title()).isEqualTo("Convolutional nets on 16×16 patches: 5 000 scans, i.e. a https://example.org "
                + "study & more");
        assertThat(entry(file, "legendre1806").title())
                .isEqualTo("Nouvelles méthodes pour la détermination des orbites des comètes");
        assertThat(entry(file, "gauss1877").venue()).isEqualTo("Königliche Gesellschaft der Wissenschaften");
    }

    @Test
    void biblatexDatesJournaltitleCrossrefStringsAndOldYearsAreRead() {
        PublicationFile file = read("real-world.bib");

        ImportedPublication biblatex = entry(file, "biblatex2019");
        assertThat(biblatex.venue()).isEqualTo("Journal of Reproducible Research");
        assertThat(biblatex.year()).isEqualTo(2019);
        assertThat(biblatex.occurredOn()).isEqualTo(LocalDate.of(2019, 3, 1));
        ImportedPublication child = entry(file, "child2018");
        assertThat(child.venue()).isEqualTo("Proceedings of the MIE 2018");
        assertThat(child.year()).isEqualTo(2018);
        assertThat(child.doi()).isEqualTo("10.5555/mie.2018.42");
        assertThat(child.orcidWorkType()).isEqualTo("conference-paper");
        assertThat(entry(file, "mie2018").title()).isEqualTo("Proceedings of the MIE 2018");
        assertThat(entry(file, "gauss1877").year()).isEqualTo(1877);
        assertThat(entry(file, "legendre1806").occurredOn()).isEqualTo(LocalDate.of(1806, 1, 1));
        assertThat(entry(file, "after2024").occurredOn()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void doisAreFoundInPublisherAddressesAndAfterDoiPrefixes() {
        PublicationFile file = read("real-world.bib");

        assertThat(entry(file, "markup2020").doi()).isEqualTo("10.1037/0003-066x.59.1.29");
        assertThat(entry(file, "markup2020").url()).isEqualTo("https://journals.sagepub.com/doi/10.1037/0003-066X.59.1.29");
        assertThat(entry(file, "kowalski2021").doi()).isEqualTo("10.1234/jhds.2021.001");
        assertThat(Doi.find("https://dx.doi.org/10.1000%2Fabc.1")).isEqualTo("10.1000/abc.1");
        assertThat(Doi.find("https://www.frontiersin.org/articles/10.3389/fpsyg.2020.01234/full")).isEqualTo("10.3389/fpsyg.2020.01234");
        assertThat(Doi.find("(doi:10.1016/S0140-6736(19)30001-X).")).isEqualTo("10.1016/s0140-6736(19)30001-x");
        assertThat(Doi.find("no identifier here")).isNull();
    }

    @Test
    void anEntryWithoutYearIsUndatedNeverDatedToday() {
        ImportedPublication undated = entry(read("real-world.bib"), "undated");

        assertThat(undated.undated()).isTrue();
        assertThat(undated.year()).isNull();
        assertThat(undated.occurredOn()).isNull();
        assertThat(undated.withDate(LocalDate.of(2016, 5, 2)).year()).isEqualTo(2016);
        assertThat(read("x.bib", "@misc{p, title = {In press}, year = {in press}}").publications().getFirst().undated()).isTrue();
    }

    @Test
    void doublingMacrosAreRefusedWithAClearMessageInsteadOfBuildingMillionsOfCharacters() {
        assertThatThrownBy(() -> read("doubling-macros.bib"))
                .isInstanceOf(InvalidOutcomeException.class)
                .hasMessage("“m10” on line 12 grows beyond 20000 characters when its @string macros are put together; no "
                        + "bibliography needs that, so the file is refused.");
    }

    @Test
    void twoThousandEntriesAreReadInOneFile() {
        StringBuilder bib = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            bib.append("@article{e").append(i).append(", author = {Urba\\'{n}ski, Jan and Micha{\\l} Nowak}, title = {Paper ")
                    .append(i).append(" on {ICU} data}, journal = {JHDS}, year = {").append(1990 + i % 30)
                    .append("}, doi = {10.5555/e.").append(i).append("}}\n");
        }

        PublicationFile file = read("big.bib", bib.toString());

        assertThat(file.publications()).hasSize(2_000);
        assertThat(file.refused()).isEmpty();
        assertThat(file.publications().get(1_999)).isEqualTo(new ImportedPublication("e1999", 2_000, "Paper 1999 on ICU data",
                "Urbański, Jan; Michał Nowak", "JHDS", 2009, LocalDate.of(2009, 1, 1), "10.5555/e.1999", null, "journal-article"));
    }

    @Test
    void risWithOneSpaceBeforeTheDashHtmlMarkupAndDoisInAddresses() {
        // record 2 also has "M3 - Journal Article", which some tools write for the type of work: not a DOI
        PublicationFile file = read("mixed.ris");

        assertThat(file.format()).isEqualTo("RIS");
        assertThat(file.publications()).containsExactly(
                new ImportedPublication("record 1", 1, "Federated learning on ICU time series", "Kowalski, Michał; Çetinkaya, Elif",
                        "Journal of Health Data Science", 2021, LocalDate.of(2021, 3, 15), "10.1234/jhds.2021.001", null,
                        "journal-article"),
                new ImportedPublication("record 2", 10, "One space before the dash, as some tools write it", "Smith, Jane",
                        "Medical Informatics", 2019, LocalDate.of(2019, 1, 1), "10.1002/mi.2019.77",
                        "https://onlinelibrary.wiley.com/doi/full/10.1002/MI.2019.77", "journal-article"),
                new ImportedPublication("record 3", 19, "Effects of Escherichia coli on H2O & more", "Lee, Anna",
                        "Microbiology Reports", 1887, LocalDate.of(1887, 1, 1), "10.9999/mr.1887.1", null, "journal-article"),
                new ImportedPublication("record 4", 27, "A report with no year", null, "Crossfield Institute", null, null, null,
                        null, "report"));
        assertThat(file.refused()).containsExactly(new RefusedEntry("record 5", 32, "It has no title.",
                "collaboration.import.refused.no-title", List.of()));
    }

    @Test
    void pubmedMedlineIsRecognised() {
        PublicationFile file = read("pubmed.nbib");

        assertThat(file.format()).isEqualTo("MEDLINE");
        assertThat(file.publications()).containsExactly(
                new ImportedPublication("PMID 31234567", 1, "Deep learning for sepsis prediction in intensive care: a multicentre "
                        + "retrospective study", "Çetinkaya, Elif; Urbański, Jan", "Lancet (London, England)", 2019,
                        LocalDate.of(2019, 3, 1), "10.1016/s0140-6736(19)30001-x", "https://pubmed.ncbi.nlm.nih.gov/31234567/",
                        "journal-article"),
                new ImportedPublication("PMID 30000001", 17, "On the structure of the nervous system", "Ramón y Cajal, Santiago",
                        "Revista trimestral de histología normal y patológica", 1890, LocalDate.of(1890, 1, 1), null,
                        "https://pubmed.ncbi.nlm.nih.gov/30000001/", "journal-article"));
        assertThat(file.refused()).containsExactly(new RefusedEntry("PMID 30000002", 24, "It has no title.",
                "collaboration.import.refused.no-title", List.of()));
    }

    @Test
    void webOfScienceTaggedExportIsRead() {
        PublicationFile file = read("web-of-science.txt");

        assertThat(file.format()).isEqualTo("Web of Science");
        assertThat(file.publications()).containsExactly(
                new ImportedPublication("WOS:000123456700001", 3, "Privacy-preserving record linkage for in vivo cohorts across "
                        + "borders", "Aksın, Deniz; Nowak, Przemysław", "JOURNAL OF HEALTH DATA SCIENCE", 2022,
                        LocalDate.of(2022, 6, 1), "10.1234/jhds.2022.77", null, "journal-article"),
                new ImportedPublication("WOS:000000000000002", 18, "Elemente der Psychophysik", "Fechner, Gustav Theodor",
                        "Breitkopf und Härtel", 1860, LocalDate.of(1860, 1, 1), null, null, null));
        assertThat(file.refused()).containsExactly(new RefusedEntry("WOS:000000000000003", 27,
                "2999 is not a plausible year of publication; it must lie between 1450 and 2027.",
                "collaboration.import.refused.year", List.of(2999, 1450, 2027)));
    }

    @Test
    void filesThatAreNoBibliographyAreRefusedWhole() {
        assertThatThrownBy(() -> read("notes.docx", "x")).hasMessageContaining("is not a bibliography file");
        assertThatThrownBy(() -> read("empty.bib", "just some text, no entries")).hasMessage("The file holds no BibTeX entries.");
        assertThatThrownBy(() -> PublicationImport.read("latin1.bib", new byte[] {'@', (byte) 0xE9}, LATEST_YEAR))
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void markupIsRemovedFromFieldValues() {
        assertThat(MarkupText.fromLatex("Ph.D.\\ thesis on H$_2$O and \\emph{file_name} 50\\% ``quoted''"))
                .isEqualTo("Ph.D. thesis on H₂O and file_name 50% “quoted”");
        assertThat(MarkupText.fromLatex("{\\'\\i}ndice \\href{https://x.org}{link} {\\bf bold} $O(n \\log n)$"))
                .isEqualTo("índice link bold O(n log n)");
        assertThat(MarkupText.fromTagged("A <i>B</i> &#38; C&amp;D &#x2014; E")).isEqualTo("A B & C&D — E");
    }
}
