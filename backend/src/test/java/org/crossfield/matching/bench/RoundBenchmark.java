package org.crossfield.matching.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crossfield.matching.CreateRoundCmd;
import org.crossfield.matching.MatchingRoundService;
import org.crossfield.matching.RoundSummary;
import org.crossfield.testsupport.BackendTestApplication;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * On-demand benchmark, not part of the test suite (its name matches no test pattern): a matching round of 2,000
 * projects over the large sandbox's 100,000 mentors, through the application service, as the round screen calls it.
 * Run with {@code ci/bench-round.sh}. The large sandbox is generated once into target/bench-mariadb and reused.
 */
@SpringBootTest(classes = BackendTestApplication.class, properties = {
        "crossfield.embedded-database.directory=target/bench-mariadb",
        "crossfield.embedded-database.fresh=false",
        "crossfield.embedded-database.name=crossfield_bench",
        "crossfield.database.recreate=false",
        "spring.datasource.url=",
        "crossfield.demo.size=large",
        "crossfield.demo.programmes=3"})
@ActiveProfiles("test")
class RoundBenchmark {

    @Autowired
    MatchingRoundService rounds;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void roundOfTwoThousandProjectsOverOneHundredThousandMentors() {
        long programme = jdbc.queryForObject("""
                select programme_id from phd_project where status = 'OPEN' group by programme_id order by count(*) desc limit 1""",
                Long.class);
        Set<Long> scope = new HashSet<>(jdbc.queryForList(
                "select id from phd_project where programme_id = ? and status = 'OPEN' order by id limit 2000", Long.class, programme));
        long mentors = jdbc.queryForObject("select count(*) from user_role where role = 'MENTOR'", Long.class);
        String coordinator = "coordinator@demo.crossfield.org";
        RoundSummary round = runAs.as(coordinator, () -> rounds.createRound(new CreateRoundCmd(programme, "Benchmark " + System.nanoTime(), scope, Set.of())));
        List<Double> seconds = new ArrayList<>();
        RoundSummary last = null;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            last = runAs.as(coordinator, () -> rounds.run(round.id()));
            int shown = runAs.as(coordinator, () -> rounds.proposals(round.id())).size();
            seconds.add((System.nanoTime() - t0) / 1e9);
            System.out.printf(Locale.ROOT, "run %d: %.2f s (%d proposals shown)%n", i + 1, seconds.getLast(), shown);
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "ROUND BENCHMARK: %d projects x %d mentors: median %.2f s, max %.2f s, filled %d of %d slots%n",
                scope.size(), mentors, sorted.get(2), sorted.getLast(), last.filledSlots(), last.filledSlots() + last.openSlots());
    }
}
