package org.crossfield.sandbox;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo mode: fills an empty embedded database with the sandbox on start-up. Never active with an external
 * database (see EmbeddedDatabaseEnvironmentPostProcessor). Size and seed: {@code crossfield.demo.size}
 * ({@code small}, {@code medium}, {@code large}) and {@code crossfield.demo.seed}.
 */
@Component
@ConditionalOnBooleanProperty(name = "crossfield.demo.enabled")
@Order(0)
class DemoMode implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    private final SandboxLoader loader;
    private final JdbcTemplate jdbc;
    private final SandboxSize size;
    private final long seed;

    DemoMode(SandboxLoader loader, JdbcTemplate jdbc, @Value("${crossfield.demo.size:small}") String size,
             @Value("${crossfield.demo.mentors:-1}") int mentors, @Value("${crossfield.demo.programmes:-1}") int programmes,
             @Value("${crossfield.demo.seed:20261122}") long seed) {
        this.loader = loader;
        this.jdbc = jdbc;
        SandboxSize named = SandboxSize.named(size);
        SandboxSize sized = mentors >= 0 ? named.withMentors(mentors) : named;
        this.size = programmes > 0 ? sized.withProgrammes(programmes) : sized;
        this.seed = seed;
    }

    @Override
    // several instances starting together on an empty demo database: one loads the sandbox (docs/adr/0034)
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "demo-sandbox", lockAtMostFor = "PT30M")
    public void run(ApplicationArguments args) {
        if (loader.isLoaded()) {
            log.info("Demo mode: the sandbox is already loaded");
            Integer projects = jdbc.queryForObject("select count(*) from pub_phd_project where demo = true", Integer.class);
            if (projects == null || projects == 0) {
                log.warn("Demo mode: this demo database was created by an older Crossfield and lacks newer sandbox data"
                        + " (PhD projects, rankings). Stop Crossfield and delete its data folder (crossfield.embedded-database.directory,"
                        + " by default ~/.crossfield/mariadb) to get a complete, fresh sandbox.");
            }
            return;
        }
        List<String> codes = jdbc.queryForList(
                "select c.code from pub_competency c join pub_competency_framework f on f.id = c.framework_id where f.active = true order by c.id",
                String.class);
        log.info("Demo mode: loading a {} sandbox (seed {})", size, seed);
        loader.load(new SandboxGenerator(seed, size, codes));
    }
}
