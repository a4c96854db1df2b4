package org.crossfield.sandbox;

import java.time.Instant;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a {@link SandboxContribution} gets: the database, the sandbox's seed and size, and the moment the sandbox is
 * loaded (use it instead of the clock, so rows of one load share their timestamps).
 */
public record SandboxContext(JdbcTemplate jdbc, long seed, SandboxSize size, Instant now) {

    /** A random source of its own for each contribution, so that adding one never changes another's data. */
    public SplittableRandom random(String salt) {
        return new SplittableRandom(seed ^ (long) salt.hashCode() * 0x9E3779B97F4A7C15L);
    }

    /** The id of the demo account with that role name (e.g. {@code "student"} for student@demo.crossfield.org). */
    public long demoAccount(String role) {
        Long id = jdbc.queryForObject("select id from pub_app_user where email = ?", Long.class,
                role + "@" + SandboxGenerator.DEMO_DOMAIN);
        if (id == null) {
            throw new IllegalStateException("The sandbox has no demo " + role);
        }
        return id;
    }
}
