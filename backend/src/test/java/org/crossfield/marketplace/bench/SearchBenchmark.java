package org.crossfield.marketplace.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossfield.marketplace.DataTier;
import org.crossfield.marketplace.PostingKind;
import org.crossfield.marketplace.PostingQuery;
import org.crossfield.marketplace.PostingSearchService;
import org.crossfield.marketplace.PostingSummary;
import org.crossfield.testsupport.BackendTestApplication;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * On-demand benchmark, not part of the test suite (its name matches no test pattern): the posting search over the large
 * sandbox's postings (95,000 challenges and about 7,500 PhD projects), through the application service, as the "Find
 * postings" grid calls it (pages of 50, as a student, so the invite-only rule is in the query). Run with
 * {@code ci/bench-search.sh}. The data set is generated once into target/search-bench-mariadb and reused; mentors are
 * left out because the search does not read them.
 */
@SpringBootTest(classes = BackendTestApplication.class, properties = {
        "crossfield.embedded-database.directory=target/search-bench-mariadb",
        "crossfield.embedded-database.fresh=false",
        "crossfield.embedded-database.name=crossfield_search_bench",
        "crossfield.database.recreate=false",
        "spring.datasource.url=",
        "crossfield.demo.size=large",
        "crossfield.demo.mentors=0"})
@ActiveProfiles("test")
class SearchBenchmark {

    private static final int RUNS = 41;
    private static final String STUDENT = "student@demo.crossfield.org";

    @Autowired
    PostingSearchService search;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void searchOverOneHundredThousandPostings() {
        long challenges = jdbc.queryForObject("select count(*) from challenge", Long.class);
        long projects = jdbc.queryForObject("select count(*) from phd_project", Long.class);
        long open = jdbc.queryForObject("select (select count(*) from challenge where status = 'OPEN')"
                + " + (select count(*) from phd_project where status = 'OPEN')", Long.class);
        long programme = jdbc.queryForObject("select min(id) from programme", Long.class);
        String country = jdbc.queryForObject("select country from organisation group by country order by count(*) desc limit 1", String.class);
        System.out.printf(Locale.ROOT, "SEARCH BENCHMARK: %d postings (%d challenges, %d PhD projects), %d open%n",
                challenges + projects, challenges, projects, open);

        Map<String, PostingQuery> queries = new LinkedHashMap<>();
        queries.put("no filter, newest first", PostingQuery.all());
        queries.put("text: sepsis", PostingQuery.all().withText("sepsis"));
        queries.put("text: federated survival registries", PostingQuery.all().withText("federated survival registries"));
        queries.put("text: dementia + challenges only", new PostingQuery(PostingKind.CHALLENGE, "dementia", null, null, null, null, null, null));
        queries.put("competency HDS-04 + data tier anonymised", new PostingQuery(null, null, "HDS-04", null, null, DataTier.ANONYMISED, null, null));
        queries.put("domain Health data science + country " + country, new PostingQuery(null, null, null, "Health data science", country, null, null, null));
        queries.put("text: imaging + programme + country", new PostingQuery(null, "imaging", null, null, country, null, programme, null));
        Map<String, Pageable> pages = new LinkedHashMap<>();
        queries.keySet().forEach(k -> pages.put(k, PageRequest.of(0, 50)));
        queries.put("no filter, page 40 (offset 2,000)", PostingQuery.all());
        pages.put("no filter, page 40 (offset 2,000)", PageRequest.of(40, 50));

        queries.forEach((name, query) -> {
            Pageable page = pages.get(name);
            List<Double> ms = new ArrayList<>();
            int rows = 0;
            for (int i = 0; i < RUNS + 3; i++) {
                long t0 = System.nanoTime();
                Slice<PostingSummary> result = runAs.as(STUDENT, () -> search.search(query, page));
                double elapsed = (System.nanoTime() - t0) / 1e6;
                rows = result.getNumberOfElements();
                if (i >= 3) { // the first runs warm the caches
                    ms.add(elapsed);
                }
            }
            List<Double> sorted = ms.stream().sorted().toList();
            double median = sorted.get(sorted.size() / 2);
            double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
            System.out.printf(Locale.ROOT, "SEARCH | %-52s | %2d rows | median %7.1f ms | p95 %7.1f ms%n", name, rows, median, p95);
        });
    }
}
