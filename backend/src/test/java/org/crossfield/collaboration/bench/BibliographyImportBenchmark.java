package org.crossfield.collaboration.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.crossfield.collaboration.ImportPublicationsCmd;
import org.crossfield.collaboration.ImportedPublication;
import org.crossfield.collaboration.OutcomeService;
import org.crossfield.collaboration.OutcomeTotals;
import org.crossfield.collaboration.PublicationPreview;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On-demand benchmark, not part of the test suite (its name matches no test pattern): a 2,000-entry BibTeX file with
 * LaTeX accents, read and previewed, then imported in portions of 250 as the import dialog does, as the demo student.
 * Run with {@code ci/bench-import.sh}; results in docs/performance.md, "Bibliography import".
 */
@CrossfieldIntegrationTest
class BibliographyImportBenchmark {

    private static final int ENTRIES = 2_000;
    private static final int PORTION = 250;
    private static final int RUNS = 3;
    private static final String STUDENT = "student@demo.crossfield.org";

    @Autowired
    OutcomeService outcomes;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutcomeTotals totals;

    @Test
    void twoThousandEntries() {
        long collaboration = jdbc.queryForObject("select c.id from collaboration c join app_user u on u.id = c.student_id "
                + "where u.email = ? order by c.id limit 1", Long.class, STUDENT);
        for (int run = 1; run <= RUNS; run++) {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            byte[] file = bibliography(tag).getBytes(StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            PublicationPreview preview = runAs.as(STUDENT, () -> outcomes.readPublications(collaboration, "big.bib", file));
            long t1 = System.nanoTime();
            List<ImportedPublication> all = preview.toImport();
            int imported = 0;
            for (int from = 0; from < all.size(); from += PORTION) {
                List<ImportedPublication> portion = all.subList(from, Math.min(all.size(), from + PORTION));
                imported += runAs.as(STUDENT, () -> outcomes.importPublications(new ImportPublicationsCmd(collaboration,
                        portion, false, false))).imported();
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "IMPORT BENCHMARK run %d: %d bytes, %d entries read and previewed in %.2f s, "
                            + "%d imported in %.2f s, total %.2f s%n", run, file.length, all.size(), (t1 - t0) / 1e9, imported,
                    (t2 - t1) / 1e9, (t2 - t0) / 1e9);
            jdbc.update("delete from outcome where collaboration_id = ? and doi like ?", collaboration, "10.5555/bench." + tag + ".%");
            totals.rebuild();
        }
    }

    private static String bibliography(String tag) {
        StringBuilder bib = new StringBuilder("@string{jhds = \"Journal of Health Data Science\"}\n");
        for (int i = 0; i < ENTRIES; i++) {
            bib.append("@article{bench").append(i).append(",\n  author = {Micha{\\l} Kowalski and Urba\\'{n}ski, Jan and ")
                    .append("{\\c{C}}etinkaya, Elif and M{\\\"u}ller, Karl},\n  title = {Federated survival models on ")
                    .append("$16\\times 16$ patches of {ICU} data, part ").append(i).append("},\n  journal = jhds,\n  year = {")
                    .append(1990 + i % 35).append("},\n  doi = {https://doi.org/10.5555/bench.").append(tag).append('.')
                    .append(i).append("}\n}\n\n");
        }
        return bib.toString();
    }
}
