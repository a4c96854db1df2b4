package org.crossfield.collaboration;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Synthetic outcomes and dissemination activities written with JDBC batches, deterministic from a seed: the demo
 * sandbox's bulk and the benchmark data set (1,000,000 rows for {@code crossfield.demo.size=large}). It is public and
 * needs nothing but a {@link JdbcTemplate}, so that other features' benchmarks and tests can fill the tables too:
 * <pre>{@code
 * OutcomeSandbox.write(jdbc, collaborationIds, 500_000, 500_000, 42L, true, clock.instant());
 * }</pre>
 * Rows are spread round-robin over the given collaborations, recorded by each one's student (or supervisor, or
 * mentor), dated over the five years before {@code now}; about a third are public, 40 % of publications are joint
 * public-private, 8 % of outcomes are further funding in a mix of currencies (converted with {@link Currencies}).
 * Audiences go into {@code dissemination_audience} (1–3 per activity). See docs/performance.md for timings.
 */
public final class OutcomeSandbox {

    /** What {@link #write} wrote. */
    public record Written(long outcomes, long activities, long audiences) {
    }

    private static final int BATCH = 5_000;
    private static final String[] TYPES = {
        "PUBLICATION", "PUBLICATION", "PUBLICATION", "PUBLICATION", "PUBLICATION", "PUBLICATION", "PUBLICATION",
        "FURTHER_FUNDING", "FURTHER_FUNDING", "NEXT_DESTINATION", "ENGAGEMENT", "ENGAGEMENT", "POLICY_INFLUENCE",
        "RESEARCH_TOOL", "DATABASE_MODEL", "DATABASE_MODEL", "IP_LICENSING", "SOFTWARE", "SOFTWARE", "AWARD",
        "COLLABORATION", "MEDICAL_PRODUCT", "ARTISTIC_PRODUCT", "SPIN_OUT", "FACILITY_USE", "OTHER"};
    private static final String[] WORK_TYPES = {"journal-article", "journal-article", "conference-paper", "preprint",
        "dissertation-thesis", "book-chapter", "report"};
    private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "GBP", "CHF", "SEK", "DKK", "PLN", "NOK"};
    private static final String[] FUNDERS = {"European Research Council", "Horizon Europe", "Wellcome", "DFG", "NWO",
        "ANR", "Novo Nordisk Foundation", "Swiss National Science Foundation"};
    private static final String[] VENUES = {"Journal of Health Data Science", "BMC Medical Informatics",
        "npj Digital Medicine", "MIE Proceedings", "JAMIA", "The Lancet Digital Health"};
    private static final String[] TOPICS = {"federated learning", "registry linkage", "survival analysis",
        "synthetic cohorts", "causal inference", "clinical NLP", "imaging biomarkers", "privacy-preserving analytics"};
    private static final String[] ACTIVITIES = {"PART_CONFERENCE", "PART_CONFERENCE", "PART_CONFERENCE", "ORG_WORKSHOP",
        "PART_WORKSHOP", "PRESS_RELEASE", "SOCIAL_MEDIA", "SOCIAL_MEDIA", "WEBSITE", "NEWSLETTER", "TRAINING", "POSTER",
        "VIDEO", "MEDIA_BRIEFING", "POPULAR_PUBLICATION", "PITCH_EVENT", "OTHER"};
    private static final String[] AUDIENCES = {"SCIENTIFIC", "SCIENTIFIC", "INDUSTRY", "CIVIL_SOCIETY", "PUBLIC",
        "POLICY_MAKERS", "MEDIA", "INVESTORS", "PATIENTS", "PRACTITIONERS", "STUDENTS"};
    private static final String[] REACHES = {"LOCAL", "REGIONAL", "NATIONAL", "INTERNATIONAL", "INTERNATIONAL"};

    private OutcomeSandbox() {
    }

    /**
     * Writes {@code outcomes} outcome rows and {@code activities} activity rows (plus their audiences) for the
     * collaborations, in batches, with explicit ids after the current maximum. Call it inside a transaction or not:
     * each batch is its own statement.
     *
     * @param collaborationIds ids of existing collaborations (not empty)
     * @param now              when the rows are written (their creation time; the day is the last possible date of a row)
     */
    public static Written write(JdbcTemplate jdbc, List<Long> collaborationIds, long outcomes, long activities, long seed,
                                boolean demo, Instant now) {
        if (collaborationIds.isEmpty()) {
            throw new IllegalArgumentException("OutcomeSandbox needs at least one collaboration");
        }
        List<Long> recorders = new ArrayList<>();
        for (Long id : collaborationIds) {
            recorders.add(jdbc.queryForObject("select coalesce(student_id, supervisor_id, mentor_id) from collaboration where id = ?",
                    Long.class, id));
        }
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        Timestamp created = Timestamp.from(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        long outcomeBase = nextId(jdbc, "outcome");
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (long i = 0; i < outcomes; i++) {
            int c = (int) (i % collaborationIds.size());
            rows.add(outcomeRow(outcomeBase + i, collaborationIds.get(c), recorders.get(c), random, today, demo, created, i));
            if (rows.size() == BATCH) {
                insertOutcomes(jdbc, rows);
            }
        }
        insertOutcomes(jdbc, rows);

        long activityBase = nextId(jdbc, "dissemination_activity");
        long audiences = 0;
        List<Object[]> audienceRows = new ArrayList<>(BATCH * 2);
        for (long i = 0; i < activities; i++) {
            int c = (int) (i % collaborationIds.size());
            long id = activityBase + i;
            String code = pick(random, ACTIVITIES);
            String status = random.nextInt(10) < 7 ? "DELIVERED" : random.nextBoolean() ? "ONGOING" : "POSTPONED";
            rows.add(new Object[] {id, collaborationIds.get(c), code, titleFor(code, random), date(random, today),
                    random.nextInt(8) == 0 ? null : 10 + random.nextInt(2_000), pick(random, REACHES), status,
                    random.nextInt(3) == 0 ? "https://example.org/evidence/" + id : null, random.nextInt(3) == 0,
                    recorders.get(c), created, demo});
            Set<String> chosen = new java.util.TreeSet<>();
            int n = 1 + random.nextInt(3);
            while (chosen.size() < n) {
                chosen.add(pick(random, AUDIENCES));
            }
            chosen.forEach(a -> audienceRows.add(new Object[] {id, a}));
            audiences += chosen.size();
            if (rows.size() == BATCH) {
                insertActivities(jdbc, rows, audienceRows);
            }
        }
        insertActivities(jdbc, rows, audienceRows);
        return new Written(outcomes, activities, audiences);
    }

    private static Object[] outcomeRow(long id, long collaborationId, Long recorder, SplittableRandom random, LocalDate today,
                                       boolean demo, Timestamp created, long i) {
        String type = pick(random, TYPES);
        LocalDate on = date(random, today);
        String topic = pick(random, TOPICS);
        boolean isPublic = random.nextInt(3) == 0;
        String title;
        String doi = null;
        String authors = null;
        String venue = null;
        Integer year = null;
        String workType = null;
        boolean openAccess = false;
        boolean joint = false;
        String roles = null;
        BigDecimal amount = null;
        String currency = null;
        BigDecimal amountEur = null;
        String funder = null;
        switch (type) {
            case "PUBLICATION" -> {
                title = capitalise(topic) + " in practice: study " + (i + 1);
                doi = "10.5555/cf." + id;
                authors = "Author " + (1 + random.nextInt(500)) + "; Author " + (1 + random.nextInt(500));
                venue = pick(random, VENUES);
                year = on.getYear();
                workType = pick(random, WORK_TYPES);
                openAccess = random.nextInt(10) < 6;
                joint = random.nextInt(10) < 4;
                EnumSet<CreditRole> credit = EnumSet.noneOf(CreditRole.class);
                for (int r = 0; r < 1 + random.nextInt(3); r++) {
                    credit.add(CreditRole.values()[random.nextInt(CreditRole.values().length)]);
                }
                roles = CreditRole.join(credit);
            }
            case "FURTHER_FUNDING" -> {
                title = "Grant for " + topic;
                amount = BigDecimal.valueOf(5_000 + random.nextInt(995_000)).setScale(2);
                currency = pick(random, CURRENCIES);
                amountEur = Currencies.toEur(amount, currency);
                funder = pick(random, FUNDERS);
            }
            default -> title = capitalise(topic) + " (" + type.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
        }
        return new Object[] {id, collaborationId, type, title, "Synthetic " + type.toLowerCase(java.util.Locale.ROOT) + " outcome.",
            Date.valueOf(on), recorder, doi, authors, venue, year, workType, openAccess, joint, roles, amount, currency, amountEur,
            funder, isPublic ? "https://example.org/outcomes/" + id : null, isPublic, created, demo};
    }

    private static void insertOutcomes(JdbcTemplate jdbc, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into outcome (id, collaboration_id, type_code, title, description, occurred_on, recorded_by, doi, authors,
                  venue, publication_year, orcid_work_type, open_access, joint_public_private, credit_roles, amount, currency,
                  amount_eur, funder, url, is_public, created_at, demo, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows);
        rows.clear();
    }

    private static void insertActivities(JdbcTemplate jdbc, List<Object[]> rows, List<Object[]> audiences) {
        if (!rows.isEmpty()) {
            List<Object[]> withDates = rows.stream().map(r -> {
                Object[] copy = r.clone();
                copy[4] = Date.valueOf((LocalDate) r[4]);
                return copy;
            }).toList();
            jdbc.batchUpdate("""
                    insert into dissemination_activity (id, collaboration_id, activity_code, title, occurred_on, audience_size,
                      reach_code, status, evidence_url, is_public, recorded_by, created_at, demo, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", withDates);
            rows.clear();
        }
        if (!audiences.isEmpty()) {
            jdbc.batchUpdate("insert into dissemination_audience (activity_id, audience_code) values (?, ?)", audiences);
            audiences.clear();
        }
    }

    private static String titleFor(String code, SplittableRandom random) {
        String topic = pick(random, TOPICS);
        return switch (code) {
            case "PART_CONFERENCE" -> "Talk on " + topic;
            case "ORG_WORKSHOP", "PART_WORKSHOP" -> "Workshop: " + topic;
            case "PRESS_RELEASE" -> "Press release on " + topic;
            case "SOCIAL_MEDIA" -> "Thread on " + topic;
            default -> capitalise(topic) + " for a wider audience";
        };
    }

    private static LocalDate date(SplittableRandom random, LocalDate today) {
        return today.minusDays(random.nextInt(5 * 365));
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static long nextId(JdbcTemplate jdbc, String table) {
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }
}
