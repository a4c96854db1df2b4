package org.crossfield.sandbox;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a sandbox: every feature writes its own demo rows through its {@link SandboxContribution}, in one transaction,
 * lowest {@link SandboxContribution#order()} first (identity's organisations, programmes and people come first). The
 * loader itself writes nothing. It runs only when demo mode asks for it (see {@link DemoMode}).
 */
@Component
class SandboxLoader {

    private static final Logger log = LoggerFactory.getLogger(SandboxLoader.class);

    private final JdbcTemplate jdbc;
    private final List<SandboxContribution> contributions;
    private final Clock clock;

    SandboxLoader(JdbcTemplate jdbc, List<SandboxContribution> contributions, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.contributions = contributions.stream()
                .sorted(Comparator.comparingInt(SandboxContribution::order).thenComparing(c -> c.getClass().getName()))
                .toList();
    }

    boolean isLoaded() {
        Integer demoUsers = jdbc.queryForObject("select count(*) from pub_app_user where demo = true", Integer.class);
        return demoUsers != null && demoUsers > 0;
    }

    @Transactional
    void load(SandboxGenerator generator) {
        long started = System.nanoTime();
        SandboxContext context = new SandboxContext(jdbc, generator, clock.instant());
        for (SandboxContribution contribution : contributions) {
            contribution.contribute(context);
        }
        log.info("Loaded the sandbox ({} organisations, {} programmes, {} people) in {} ms", generator.organisations().size(),
                generator.programmes().size(), context.people().count(), (System.nanoTime() - started) / 1_000_000);
    }
}
