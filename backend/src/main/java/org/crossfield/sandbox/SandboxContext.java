package org.crossfield.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a {@link SandboxContribution} gets: the database, the generator (with the sandbox's seed and size), the moment the
 * sandbox is loaded (use it instead of the clock, so rows of one load share their timestamps), and the ids earlier
 * contributions recorded for later ones. Each fact is recorded once, by the feature that wrote the rows; asking for one
 * that is not recorded yet means the contributions run in the wrong order.
 */
public final class SandboxContext {

    private final JdbcTemplate jdbc;
    private final SandboxGenerator generator;
    private final Instant now;
    private List<Long> organisations;
    private List<Long> programmes;
    private SandboxPeople people;
    private List<List<SandboxOpenProject>> openProjects;
    private List<SandboxRanking> rankings;
    private List<SandboxCollaboration> collaborations;

    SandboxContext(JdbcTemplate jdbc, SandboxGenerator generator, Instant now) {
        this.jdbc = jdbc;
        this.generator = generator;
        this.now = now;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public SandboxGenerator generator() {
        return generator;
    }

    public long seed() {
        return generator.seed();
    }

    public SandboxSize size() {
        return generator.size();
    }

    public Instant now() {
        return now;
    }

    /** A random source of its own for each contribution, so that adding one never changes another's data. */
    public SplittableRandom random(String salt) {
        return new SplittableRandom(generator.seed() ^ (long) salt.hashCode() * 0x9E3779B97F4A7C15L);
    }

    /** The id of the demo account with that role name (e.g. {@code "student"} for student@demo.crossfield.org). */
    public long demoAccount(String role) {
        return people().demoAccount(role);
    }

    /** identity: the ids of {@link SandboxGenerator#organisations()}, in the same order. */
    public void recordOrganisations(List<Long> ids) {
        organisations = once(organisations, List.copyOf(ids), "organisations");
    }

    public long organisationId(int index) {
        return recorded(organisations, "organisations").get(index);
    }

    /** identity: the ids of {@link SandboxGenerator#programmes()}, in the same order. */
    public void recordProgrammes(List<Long> ids) {
        programmes = once(programmes, List.copyOf(ids), "programmes");
    }

    public long programmeId(int index) {
        return recorded(programmes, "programmes").get(index);
    }

    /** identity: every person of {@link SandboxGenerator#people}, with their id. */
    public void recordPeople(SandboxPeople written) {
        people = once(people, written, "people");
    }

    public SandboxPeople people() {
        return recorded(people, "people");
    }

    /** marketplace: per programme (as {@link #programmeId}), the open PhD projects in the order they were written. */
    public void recordOpenProjects(List<List<SandboxOpenProject>> byProgramme) {
        openProjects = once(openProjects, byProgramme.stream().map(List::copyOf).toList(), "open projects");
    }

    public List<List<SandboxOpenProject>> openProjects() {
        return recorded(openProjects, "open projects");
    }

    /** matching: the projects students ranked; each gets a submitted application unless the student already has one. */
    public void recordRankings(List<SandboxRanking> ranked) {
        rankings = once(rankings, List.copyOf(ranked), "rankings");
    }

    public List<SandboxRanking> rankings() {
        return recorded(rankings, "rankings");
    }

    /** collaboration: the demo collaborations it is about to start; application writes their accepted applications first. */
    public void recordCollaborations(List<SandboxCollaboration> planned) {
        collaborations = once(collaborations, List.copyOf(planned), "collaborations");
    }

    public List<SandboxCollaboration> collaborations() {
        return recorded(collaborations, "collaborations");
    }

    private static <T> T once(T current, T value, String what) {
        if (current != null) {
            throw new IllegalStateException("The sandbox's " + what + " were recorded twice");
        }
        return value;
    }

    private static <T> T recorded(T value, String what) {
        if (value == null) {
            throw new IllegalStateException("No contribution recorded the sandbox's " + what
                    + " yet: check the order() of the contributions");
        }
        return value;
    }
}
