package org.crossfield.collaboration;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossfield.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A collaboration's outcomes (typed by outcome-types.csv) and dissemination activities (typed by dissemination.csv),
 * the import of publications from BibTeX and RIS files, and the public showcase. Parties of a collaboration record and
 * edit; coordinators of its programme read; the showcase shows public outcomes and activities to anyone, and nothing
 * else.
 */
@Service
@Transactional(readOnly = true)
public class OutcomeService {

    /** The most outcomes or activities one list returns (a collaboration has tens). */
    static final int LIST_LIMIT = 1_000;
    /** The most entries of a showcase list. */
    public static final int SHOWCASE_LIMIT = 200;
    static final int MAX_AUDIENCE_SIZE = 100_000_000;

    private static final String OUTCOME_SELECT = """
            select o.id, o.collaboration_id, o.type_code, t.title, o.title, o.description, o.occurred_on, o.doi, o.authors,
                   o.venue, o.publication_year, o.orcid_work_type, o.open_access, o.joint_public_private, o.credit_roles,
                   o.amount, o.currency, o.amount_eur, o.funder, o.url, o.is_public, u.display_name, o.created_at
            from outcome o join outcome_type t on t.code = o.type_code left join pub_app_user u on u.id = o.recorded_by
            """;
    private static final String ACTIVITY_SELECT = """
            select a.id, a.collaboration_id, a.activity_code, c.title, a.title, a.occurred_on, a.audience_size, a.reach_code,
                   a.status, a.evidence_url, a.is_public, u.display_name,
                   (select group_concat(d.audience_code order by d.audience_code separator ';')
                    from dissemination_audience d where d.activity_id = a.id)
            from dissemination_activity a
            join dissemination_code c on c.kind = 'activity' and c.code = a.activity_code
            left join pub_app_user u on u.id = a.recorded_by
            """;

    private final OutcomeRepository outcomes;
    private final DisseminationActivityRepository activities;
    private final OutcomeTotals totals;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutcomeService(OutcomeRepository outcomes, DisseminationActivityRepository activities, OutcomeTotals totals,
                   JdbcTemplate jdbc, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.events = events;
        this.outcomes = outcomes;
        this.activities = activities;
        this.totals = totals;
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    // ---- reference data ---------------------------------------------------------------------------------------------

    /** The outcome types of outcome-types.csv, in file order (PUBLICATION first, OTHER last). */
    @PreAuthorize("isAuthenticated()")
    public List<OutcomeTypeSummary> outcomeTypes() {
        return types();
    }

    /** The codes of one kind of dissemination.csv ({@code activity}, {@code audience}, {@code reach}…), in file order. */
    @PreAuthorize("isAuthenticated()")
    public List<DisseminationCode> disseminationCodes(String kind) {
        return codes(kind);
    }

    // ---- outcomes --------------------------------------------------------------------------------------------------

    /** A collaboration's outcomes, newest first. */
    @PreAuthorize("@collaborationAccess.canView(#collaborationId)")
    public List<OutcomeSummary> outcomes(long collaborationId) {
        return jdbc.query(OUTCOME_SELECT + " where o.collaboration_id = ? order by o.occurred_on is null desc, o.occurred_on desc, o.id desc limit "
                + LIST_LIMIT, OutcomeService::outcome, collaborationId);
    }

    /** Records an outcome; refused with nothing written when a field is wrong for its type. */
    @PreAuthorize("@collaborationAccess.isParty(#cmd.collaborationId())")
    @Transactional
    public OutcomeSummary recordOutcome(SaveOutcomeCmd cmd) {
        OutcomeRules.Checked checked = OutcomeRules.check(cmd, type(cmd.typeCode()), latestYear());
        Outcome outcome = new Outcome(cmd.collaborationId(), CurrentUser.require().getId(), clock.instant());
        outcome.apply(checked);
        long id = outcomes.saveAndFlush(outcome).getId();
        totals.addOutcome(id);
        events.publishEvent(new OutcomeRecordedEvent(id, cmd.collaborationId(), outcome.getTypeCode()));
        return outcome(id);
    }

    /** Changes an outcome (its type too); it stays in its collaboration. */
    @PreAuthorize("@outcomeAccess.canEditOutcome(#outcomeId)")
    @Transactional
    public OutcomeSummary updateOutcome(long outcomeId, SaveOutcomeCmd cmd) {
        Outcome outcome = outcomes.findById(outcomeId).orElseThrow();
        if (outcome.getCollaborationId() != cmd.collaborationId()) {
            throw new InvalidOutcomeException("collaboration.error.outcome-moved", "An outcome cannot be moved to another collaboration.");
        }
        OutcomeRules.Checked checked = OutcomeRules.check(cmd, type(cmd.typeCode()), latestYear());
        totals.removeOutcome(outcomeId);
        outcome.apply(checked);
        outcomes.flush();
        totals.addOutcome(outcomeId);
        return outcome(outcomeId);
    }

    @PreAuthorize("@outcomeAccess.canEditOutcome(#outcomeId)")
    @Transactional
    public void deleteOutcome(long outcomeId) {
        totals.removeOutcome(outcomeId);
        outcomes.deleteById(outcomeId);
    }

    // ---- import ----------------------------------------------------------------------------------------------------

    /**
     * Reads a bibliography file (BibTeX, biblatex, RIS, MEDLINE/nbib, Web of Science) for the user to confirm; writes
     * nothing. Entries that cannot be imported are listed with their key, line and reason; those this collaboration
     * already has (same DOI, else same title and year, or twice in the file) are set apart. Only a file that is no
     * bibliography at all is refused whole.
     */
    @PreAuthorize("@collaborationAccess.isParty(#collaborationId)")
    public PublicationPreview readPublications(long collaborationId, String fileName, byte[] content) {
        PublicationFile file = PublicationImport.read(fileName, content, latestYear());
        return preview(collaborationId, file.format(), file.publications(), file.refused());
    }

    /**
     * Publications read elsewhere (an ORCID record, {@link OrcidImportService}) for the person to confirm, set apart as
     * {@link #readPublications} does: those this collaboration already has (same DOI, else same title and year) are
     * marked, never imported twice.
     */
    @PreAuthorize("@collaborationAccess.isParty(#collaborationId)")
    public PublicationPreview preview(long collaborationId, String format, List<ImportedPublication> publications,
                                      List<RefusedEntry> refused) {
        Known known = known(collaborationId);
        List<ImportedPublication> toImport = new ArrayList<>();
        List<ImportedPublication> present = new ArrayList<>();
        for (ImportedPublication p : publications) {
            (known.add(p.doi(), p.title(), p.year()) ? toImport : present).add(p);
        }
        return new PublicationPreview(format, toImport, present, refused);
    }

    /** The latest year a publication may carry (next year), for readers of other sources. */
    @PreAuthorize("isAuthenticated()")
    public int latestPublicationYear() {
        return latestYear();
    }

    /**
     * Records confirmed publications as PUBLICATION outcomes, dated as the file or the person said; a publication with
     * no date is recorded undated (it counts in no reporting period until the person sets its date), never on the day
     * of the import. Publications this collaboration already has are skipped; any other problem refuses them all.
     */
    @PreAuthorize("@collaborationAccess.isParty(#cmd.collaborationId())")
    @Transactional
    public ImportResult importPublications(ImportPublicationsCmd cmd) {
        if (cmd.publications() == null || cmd.publications().isEmpty()) {
            throw new InvalidOutcomeException("collaboration.error.nothing-to-import", "There is nothing to import.");
        }
        if (cmd.publications().size() > PublicationImport.MAX_ENTRIES) {
            throw new InvalidOutcomeException("collaboration.error.too-many", "At most " + PublicationImport.MAX_ENTRIES
                    + " publications can be imported at once.", PublicationImport.MAX_ENTRIES);
        }
        OutcomeTypeSummary publication = type(OutcomeTypeSummary.PUBLICATION);
        Known known = known(cmd.collaborationId());
        int latestYear = latestYear();
        List<OutcomeRules.Checked> toSave = new ArrayList<>();
        int skipped = 0;
        for (ImportedPublication p : cmd.publications()) {
            SaveOutcomeCmd one = new SaveOutcomeCmd(cmd.collaborationId(), OutcomeTypeSummary.PUBLICATION, p.title(), null,
                    p.occurredOn(), p.doi(), p.authors(), p.venue(), p.year(), p.orcidWorkType(), false,
                    cmd.jointPublicPrivate(), Set.of(), null, null, null, p.url(), cmd.isPublic());
            OutcomeRules.Checked checked;
            try {
                checked = OutcomeRules.check(one, publication, latestYear, true);
            } catch (InvalidOutcomeException e) {
                throw new InvalidOutcomeException("collaboration.error.import-refused", "“" + p.title() + "”: " + e.getMessage()
                        + " Nothing was imported.", p.title(), e);
            }
            if (!known.add(checked.doi(), checked.title(), checked.publicationYear())) {
                skipped++;
                continue;
            }
            toSave.add(checked);
        }
        long me = CurrentUser.require().getId();
        Instant now = clock.instant();
        List<Outcome> saved = new ArrayList<>();
        for (OutcomeRules.Checked checked : toSave) {
            Outcome outcome = new Outcome(cmd.collaborationId(), me, now);
            outcome.apply(checked);
            saved.add(outcomes.save(outcome));
        }
        outcomes.flush();
        totals.addOutcomes(saved.stream().map(Outcome::getId).toList());
        saved.forEach(o -> events.publishEvent(new OutcomeRecordedEvent(o.getId(), cmd.collaborationId(), o.getTypeCode())));
        return new ImportResult(toSave.size(), skipped);
    }

    /** The publications a collaboration has, by DOI and by title and year, to leave out what is already there. */
    private Known known(long collaborationId) {
        Known known = new Known(new HashSet<>(), new HashMap<>());
        jdbc.query("select doi, title, publication_year from outcome where collaboration_id = ? and type_code = ? limit "
                        + LIST_LIMIT * 10, rs -> {
                    known.add(rs.getString(1), rs.getString(2), rs.getObject(3, Integer.class));
                }, collaborationId, OutcomeTypeSummary.PUBLICATION);
        return known;
    }

    /** DOIs, and the DOIs (or "" for none) of each title and year. */
    private record Known(Set<String> dois, Map<String, Set<String>> titles) {

        /**
         * Whether the publication is new, and remembers it: it is not when its DOI is known, or when its title and year
         * are and one of the two has no DOI (two papers with one title are told apart only by their DOIs).
         */
        boolean add(String doi, String title, Integer year) {
            if (doi != null && dois.contains(doi)) {
                return false;
            }
            String key = title.strip().toLowerCase(java.util.Locale.ROOT) + "|" + year;
            Set<String> withTitle = titles.get(key);
            if (withTitle != null && (doi == null || withTitle.contains(""))) {
                return false;
            }
            if (doi != null) {
                dois.add(doi);
            }
            titles.computeIfAbsent(key, k -> new HashSet<>()).add(doi == null ? "" : doi);
            return true;
        }
    }

    /** The latest plausible publication year: next year. */
    private int latestYear() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear() + 1;
    }

    // ---- dissemination activities ----------------------------------------------------------------------------------

    /** A collaboration's dissemination activities, newest first. */
    @PreAuthorize("@collaborationAccess.canView(#collaborationId)")
    public List<ActivitySummary> activities(long collaborationId) {
        return jdbc.query(ACTIVITY_SELECT + " where a.collaboration_id = ? order by a.occurred_on desc, a.id desc limit "
                + LIST_LIMIT, OutcomeService::activity, collaborationId);
    }

    @PreAuthorize("@collaborationAccess.isParty(#cmd.collaborationId())")
    @Transactional
    public ActivitySummary recordActivity(SaveActivityCmd cmd) {
        Checked checked = check(cmd);
        DisseminationActivity activity = new DisseminationActivity(cmd.collaborationId(), CurrentUser.require().getId(),
                clock.instant());
        checked.applyTo(activity);
        long id = activities.saveAndFlush(activity).getId();
        totals.addActivity(id);
        return activity(id);
    }

    @PreAuthorize("@outcomeAccess.canEditActivity(#activityId)")
    @Transactional
    public ActivitySummary updateActivity(long activityId, SaveActivityCmd cmd) {
        DisseminationActivity activity = activities.findById(activityId).orElseThrow();
        if (activity.getCollaborationId() != cmd.collaborationId()) {
            throw new InvalidOutcomeException("collaboration.error.activity-moved", "An activity cannot be moved to another collaboration.");
        }
        Checked checked = check(cmd);
        totals.removeActivity(activityId);
        checked.applyTo(activity);
        activities.flush();
        totals.addActivity(activityId);
        return activity(activityId);
    }

    @PreAuthorize("@outcomeAccess.canEditActivity(#activityId)")
    @Transactional
    public void deleteActivity(long activityId) {
        totals.removeActivity(activityId);
        activities.deleteById(activityId);
    }

    // ---- the public showcase -----------------------------------------------------------------------------------------

    /** Every programme with how many public outcomes and activities it has; for anyone, logged in or not. */
    @PreAuthorize("permitAll()")
    public List<ShowcaseProgramme> showcaseProgrammes() {
        return jdbc.query("""
                select p.code, p.name,
                       (select count(*) from outcome o join collaboration c on c.id = o.collaboration_id
                        join pub_privacy_choice pc on pc.user_id = o.recorded_by and pc.showcase = true
                        where c.programme_id = p.id and o.is_public = true),
                       (select count(*) from dissemination_activity a join collaboration c on c.id = a.collaboration_id
                        join pub_privacy_choice pc on pc.user_id = a.recorded_by and pc.showcase = true
                        where c.programme_id = p.id and a.is_public = true)
                from pub_programme p order by p.name limit 500""",
                (rs, i) -> new ShowcaseProgramme(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /**
     * The public outcomes of a programme (by its code), newest first; only outcomes marked public, ever, and only those
     * whose recorder opted in to the showcase (privacy module, {@code pub_privacy_choice}; withdrawable at any time).
     */
    @PreAuthorize("permitAll()")
    public List<ShowcaseOutcome> showcaseOutcomes(String programmeCode) {
        return jdbc.query("""
                select o.id, p.code, t.title, o.title, o.description, o.occurred_on, o.authors, o.venue, o.publication_year,
                       o.doi, o.url, o.type_code
                from outcome o join collaboration c on c.id = o.collaboration_id join pub_programme p on p.id = c.programme_id
                join outcome_type t on t.code = o.type_code
                join pub_privacy_choice pc on pc.user_id = o.recorded_by and pc.showcase = true
                where o.is_public = true and p.code = ?
                order by o.occurred_on desc, o.id desc limit """ + " " + SHOWCASE_LIMIT,
                (rs, i) -> new ShowcaseOutcome(rs.getLong(1), rs.getString(2), rs.getString(12), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8),
                        (Integer) rs.getObject(9, Integer.class),
                        rs.getString(10), rs.getString(11)), programmeCode);
    }

    /** The public dissemination activities of a programme, newest first; only activities marked public, ever. */
    @PreAuthorize("permitAll()")
    public List<ShowcaseActivity> showcaseActivities(String programmeCode) {
        return jdbc.query("""
                select a.id, p.code, d.title, a.title, a.occurred_on, a.status, a.evidence_url, a.activity_code
                from dissemination_activity a join collaboration c on c.id = a.collaboration_id
                join pub_programme p on p.id = c.programme_id
                join dissemination_code d on d.kind = 'activity' and d.code = a.activity_code
                join pub_privacy_choice pc on pc.user_id = a.recorded_by and pc.showcase = true
                where a.is_public = true and p.code = ?
                order by a.occurred_on desc, a.id desc limit """ + " " + SHOWCASE_LIMIT,
                (rs, i) -> new ShowcaseActivity(rs.getLong(1), rs.getString(2), rs.getString(8), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), ActivityStatus.valueOf(rs.getString(6)), rs.getString(7)), programmeCode);
    }

    // ---- internals -------------------------------------------------------------------------------------------------

    private record Checked(String activityCode, String title, LocalDate occurredOn, Set<String> audiences,
                           Integer audienceSize, String reachCode, ActivityStatus status, String evidenceUrl,
                           boolean isPublic) {

        void applyTo(DisseminationActivity activity) {
            activity.apply(activityCode, title, occurredOn, audiences, audienceSize, reachCode, status, evidenceUrl, isPublic);
        }
    }

    private Checked check(SaveActivityCmd cmd) {
        Map<String, String> activityCodes = titles(DisseminationCode.ACTIVITY);
        if (cmd.activityCode() == null || cmd.activityCode().isBlank()) {
            throw new InvalidOutcomeException("collaboration.error.activity-type", "Choose the type of activity.");
        }
        if (!activityCodes.containsKey(cmd.activityCode())) {
            throw new InvalidOutcomeException("collaboration.error.activity-type-unknown", "“" + cmd.activityCode()
                    + "” is not a type of dissemination activity.", cmd.activityCode());
        }
        String title = OutcomeRules.required(cmd.title(), "collaboration.error.activity-title", "Give the activity a title.",
                OutcomeRules.MAX_TITLE, FieldName.TITLE);
        if (cmd.occurredOn() == null) {
            throw new InvalidOutcomeException("collaboration.error.activity-date", "Give the date of the activity.");
        }
        OutcomeRules.plausible(cmd.occurredOn());
        Set<String> audiences = cmd.audienceCodes() == null ? Set.of() : new LinkedHashSet<>(cmd.audienceCodes());
        if (audiences.isEmpty()) {
            throw new InvalidOutcomeException("collaboration.error.audience", "Choose at least one audience.");
        }
        Map<String, String> audienceCodes = titles(DisseminationCode.AUDIENCE);
        for (String audience : audiences) {
            if (!audienceCodes.containsKey(audience)) {
                throw new InvalidOutcomeException("collaboration.error.audience-unknown", "“" + audience + "” is not an audience.", audience);
            }
        }
        if (cmd.audienceSize() != null && (cmd.audienceSize() < 0 || cmd.audienceSize() > MAX_AUDIENCE_SIZE)) {
            throw cmd.audienceSize() < 0
                    ? new InvalidOutcomeException("collaboration.error.audience-negative", "The audience size cannot be negative.")
                    : new InvalidOutcomeException("collaboration.error.audience-large", "The audience size is implausibly large.");
        }
        if (cmd.reachCode() != null && !cmd.reachCode().isBlank() && !titles(DisseminationCode.REACH).containsKey(cmd.reachCode())) {
            throw new InvalidOutcomeException("collaboration.error.reach-unknown", "“" + cmd.reachCode() + "” is not a reach.", cmd.reachCode());
        }
        if (cmd.status() == null) {
            throw new InvalidOutcomeException("collaboration.error.activity-status", "Say whether the activity was delivered, is ongoing or was postponed.");
        }
        String evidence = OutcomeRules.url(cmd.evidenceUrl(), FieldName.EVIDENCE);
        return new Checked(cmd.activityCode(), title, cmd.occurredOn(), audiences, cmd.audienceSize(),
                cmd.reachCode() == null || cmd.reachCode().isBlank() ? null : cmd.reachCode(), cmd.status(), evidence,
                cmd.isPublic());
    }

    private OutcomeTypeSummary type(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidOutcomeException("collaboration.error.outcome-type", "Choose the type of the outcome.");
        }
        return types().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidOutcomeException("collaboration.error.outcome-type-unknown", "“" + code
                        + "” is not a type of outcome.", code));
    }

    private List<OutcomeTypeSummary> types() {
        return jdbc.query("select code, title, examples, orcid_work_types from outcome_type order by "
                        + "case code when 'PUBLICATION' then 0 when 'OTHER' then 2 else 1 end, title limit 200",
                (rs, i) -> new OutcomeTypeSummary(rs.getString(1), rs.getString(2), rs.getString(3), split(rs.getString(4))));
    }

    private List<DisseminationCode> codes(String kind) {
        return jdbc.query("select kind, code, title from dissemination_code where kind = ? order by "
                        + "case code when 'OTHER' then 1 else 0 end, title limit 200",
                (rs, i) -> new DisseminationCode(rs.getString(1), rs.getString(2), rs.getString(3)), kind);
    }

    private Map<String, String> titles(String kind) {
        Map<String, String> titles = new LinkedHashMap<>();
        codes(kind).forEach(c -> titles.put(c.code(), c.title()));
        return titles;
    }

    private OutcomeSummary outcome(long id) {
        return jdbc.query(OUTCOME_SELECT + " where o.id = ?", OutcomeService::outcome, id).getFirst();
    }

    private ActivitySummary activity(long id) {
        return jdbc.query(ACTIVITY_SELECT + " where a.id = ?", OutcomeService::activity, id).getFirst();
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.stream(list.split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static OutcomeSummary outcome(ResultSet rs, int row) throws SQLException {
        Date occurred = rs.getDate(7);
        return new OutcomeSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                occurred == null ? null : occurred.toLocalDate(), rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11, Integer.class),
                rs.getString(12), rs.getBoolean(13), rs.getBoolean(14), CreditRole.parse(rs.getString(15)), rs.getBigDecimal(16),
                rs.getString(17), rs.getBigDecimal(18), rs.getString(19), rs.getString(20), rs.getBoolean(21), rs.getString(22),
                rs.getTimestamp(23).toInstant());
    }

    private static ActivitySummary activity(ResultSet rs, int row) throws SQLException {
        return new ActivitySummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getDate(6).toLocalDate(), split(rs.getString(13)), rs.getObject(7, Integer.class), rs.getString(8),
                ActivityStatus.valueOf(rs.getString(9)), rs.getString(10), rs.getBoolean(11), rs.getString(12));
    }
}
