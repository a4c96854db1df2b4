package org.crossfield.competency;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.crossfield.sandbox.SandboxContext;
import org.crossfield.sandbox.SandboxContribution;
import org.crossfield.sandbox.SandboxGenerator;
import org.crossfield.sandbox.SandboxGenerator.SandboxLevel;
import org.crossfield.sandbox.SandboxPeople;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The competency profiles of the sandbox's people (after identity wrote them): a quarter of the levels verified by a
 * fictional verifier, some with evidence. A large sandbox has millions of levels, written in JDBC batches.
 */
@Component
class CompetencySandbox implements SandboxContribution {

    static final int ORDER = -40;
    private static final int BATCH = 24_000;

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void contribute(SandboxContext context) {
        JdbcTemplate jdbc = context.jdbc();
        SandboxPeople people = context.people();
        Timestamp created = Timestamp.from(context.now());
        String verifier = "verifier@" + SandboxGenerator.DEMO_DOMAIN;
        List<Object[]> levels = new ArrayList<>(BATCH);
        int[] ordinal = {0};
        context.generator().people(person -> {
            long id = people.id(ordinal[0]++);
            for (SandboxLevel level : person.profile()) {
                boolean verified = level.verified();
                levels.add(new Object[] {id, level.competencyCode(), level.level(), level.evidence(),
                        (verified ? Assessment.VERIFIED : Assessment.SELF_ASSESSED).name(), verified ? verifier : null, created});
            }
            if (levels.size() >= BATCH) {
                flush(jdbc, levels);
            }
        });
        flush(jdbc, levels);
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> levels) {
        if (!levels.isEmpty()) {
            jdbc.batchUpdate("insert into profile_entry (user_id, competency_code, level, evidence, assessment, verified_by,"
                    + " updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)", levels);
        }
        levels.clear();
    }
}
