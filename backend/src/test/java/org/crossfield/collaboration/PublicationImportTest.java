package org.crossfield.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationImportTest {

    static final String BIBTEX = """
            @article{smith2026,
              author  = {Smith, Jane and M{\\"u}ller, Karl},
              title   = {Federated learning on {ICU} time series},
              journal = {Journal of Health Data Science},
              year    = {2026},
              doi     = {https://doi.org/10.1234/JHDS.2026.001}
            }
            @inproceedings{doe2025,
              author    = {Doe, John},
              title     = {Synthetic cohorts \\& privacy},
              booktitle = {Proceedings of MIE 2025},
              year      = 2025
            }
            @misc{lee2026,
              title = {A preprint},
              eprint = {2601.00001},
              archivePrefix = {arXiv}
            }
            """;

    static final String RIS = """
            TY  - JOUR
            AU  - Smith, Jane
            AU  - Müller, Karl
            TI  - Federated learning on ICU time series
            T2  - Journal of Health Data Science
            PY  - 2026/03/01/
            DO  - 10.1234/jhds.2026.001
            UR  - https://example.org/paper
            ER  -
            TY  - CONF
            TI  - Synthetic cohorts
              and privacy
            PY  - 2025
            ER  -
            """;

    @Test
    void readsBibTeXWithLatexMarkupAndTypes() {
        List<ImportedPublication> read = PublicationImport.read("refs.bib", BIBTEX.getBytes(StandardCharsets.UTF_8));

        assertThat(read).hasSize(3);
        ImportedPublication article = read.getFirst();
        assertThat(article.key()).isEqualTo("smith2026");
        assertThat(article.title()).isEqualTo("Federated learning on ICU time series");
        assertThat(article.authors()).isEqualTo("Smith, Jane; Müller, Karl");
        assertThat(article.venue()).isEqualTo("Journal of Health Data Science");
        assertThat(article.year()).isEqualTo(2026);
        assertThat(article.doi()).isEqualTo("10.1234/jhds.2026.001");
        assertThat(article.orcidWorkType()).isEqualTo("journal-article");
        assertThat(read.get(1).title()).isEqualTo("Synthetic cohorts & privacy");
        assertThat(read.get(1).orcidWorkType()).isEqualTo("conference-paper");
        assertThat(read.get(1).year()).isEqualTo(2025);
        assertThat(read.get(2).orcidWorkType()).isEqualTo("preprint");
    }

    @Test
    void readsRisWithWrappedLines() {
        List<ImportedPublication> read = PublicationImport.read("refs.RIS", RIS.getBytes(StandardCharsets.UTF_8));

        assertThat(read).hasSize(2);
        assertThat(read.getFirst()).isEqualTo(new ImportedPublication("#1", "Federated learning on ICU time series",
                "Smith, Jane; Müller, Karl", "Journal of Health Data Science", 2026, "10.1234/jhds.2026.001",
                "https://example.org/paper", "journal-article"));
        assertThat(read.get(1).title()).isEqualTo("Synthetic cohorts and privacy");
        assertThat(read.get(1).orcidWorkType()).isEqualTo("conference-paper");
    }

    @Test
    void refusesBadFilesWithAClearMessage() {
        assertThatThrownBy(() -> read("x.bib", "@article{broken, title = {Unclosed"))
                .isInstanceOf(InvalidOutcomeException.class).hasMessageStartingWith("This is not a valid BibTeX file");
        assertThatThrownBy(() -> read("x.bib", "just some text"))
                .isInstanceOf(InvalidOutcomeException.class).hasMessageContaining("no BibTeX entries");
        assertThatThrownBy(() -> read("x.bib", "@article{a, author = {X}}"))
                .isInstanceOf(InvalidOutcomeException.class).hasMessage("Entry “a” has no title.");
        assertThatThrownBy(() -> read("x.bib", "@article{a, title = {T}, doi = {not-a-doi}}"))
                .isInstanceOf(InvalidOutcomeException.class).hasMessageStartingWith("Entry “a”: “not-a-doi” is not a DOI");
        assertThatThrownBy(() -> read("x.bib", "@article{a, title = {T}, year = {soon}}"))
                .isInstanceOf(InvalidOutcomeException.class).hasMessageContaining("as its year");
        assertThatThrownBy(() -> read("x.ris", "TY  - JOUR\nTI  - no end\n"))
                .isInstanceOf(InvalidOutcomeException.class).hasMessageContaining("does not end with");
        assertThatThrownBy(() -> read("x.ris", "hello\n"))
                .isInstanceOf(InvalidOutcomeException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> read("x.txt", "TY  - JOUR\n"))
                .isInstanceOf(InvalidOutcomeException.class).hasMessageContaining("neither a BibTeX");
        assertThatThrownBy(() -> PublicationImport.read("x.bib", new byte[0]))
                .isInstanceOf(InvalidOutcomeException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> PublicationImport.read("x.bib", new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(InvalidOutcomeException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void refusesTooManyEntries() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= PublicationImport.MAX_ENTRIES; i++) {
            many.append("@article{k").append(i).append(", title = {T").append(i).append("}}\n");
        }
        assertThatThrownBy(() -> read("x.bib", many.toString()))
                .isInstanceOf(InvalidOutcomeException.class).hasMessageContaining("at most 200");
    }

    private static List<ImportedPublication> read(String name, String text) {
        return PublicationImport.read(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
