package org.crossfield.agreement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossfield.i18n.Text;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements of collaborations (docs/adr/0013-agreements.md): started from the active template of an IP regime,
 * negotiated in immutable versions, approved by every party on the exact text they saw, then signed with the SHA-256 of
 * that text. Every change appends to the agreement's trail.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    /** The in-app route of an agreement: where notifications point. */
    public static final String ROUTE = "agreements";
    static final int MAX_VERSIONS = 500;
    static final int MAX_COMMENTS = 2000;
    static final int MAX_EVENTS = 2000;

    private final AgreementRepository agreements;
    private final AgreementVersionRepository versions;
    private final AgreementApprovalRepository approvals;
    private final AgreementCommentRepository comments;
    private final AgreementTemplateRepository templates;
    private final AgreementTrail trail;
    private final AgreementQueries queries;
    private final AgreementAccess access;
    private final NotificationService notifications;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, AgreementVersionRepository versions, AgreementApprovalRepository approvals,
                     AgreementCommentRepository comments, AgreementTemplateRepository templates, AgreementTrail trail,
                     AgreementQueries queries, AgreementAccess access, NotificationService notifications, JdbcTemplate jdbc,
                     ObjectProvider<Clock> clock) {
        this.agreements = agreements;
        this.versions = versions;
        this.approvals = approvals;
        this.comments = comments;
        this.templates = templates;
        this.trail = trail;
        this.queries = queries;
        this.access = access;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** The agreements I am a party to, newest first (at most 200). */
    @PreAuthorize("isAuthenticated()")
    public List<AgreementSummary> myAgreements() {
        return queries.ofParty(CurrentUser.require().getId());
    }

    /** The agreements of the programmes I coordinate, by status (null: all), longest waiting first. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).COORDINATOR)")
    public Slice<WaitingAgreement> programmeAgreements(AgreementStatus status, Pageable page) {
        List<WaitingAgreement> rows = queries.ofCoordinator(CurrentUser.require().getId(), status, page, now());
        boolean more = rows.size() > page.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
    }

    /** The agreements of a collaboration that I may see. */
    @PreAuthorize("isAuthenticated()")
    public List<AgreementSummary> ofCollaboration(long collaborationId) {
        return agreements.findByCollaborationIdOrderByIdDesc(collaborationId).stream()
                .filter(a -> access.canView(a.getId()))
                .map(AgreementQueries::summary).toList();
    }

    @PreAuthorize("@agreementAccess.canView(#agreementId)")
    public AgreementDetails agreement(long agreementId) {
        Agreement a = load(agreementId);
        AgreementVersion current = version(a, a.getCurrentVersion());
        CrossfieldUser me = CurrentUser.require();
        List<AgreementApproval> decisions = a.getStatus() == AgreementStatus.AWAITING_APPROVALS || a.getStatus().isSigned()
                ? approvals.findByAgreementIdAndVersionNoOrderByIdAsc(a.getId(), a.getStatus().isSigned() ? a.getSignedVersion() : a.getCurrentVersion())
                : List.of();
        List<AgreementPartySummary> parties = partyViews(a, decisions);
        SignatureRecord signature = a.getSignedSha256() == null ? null : new SignatureRecord(a.getSignedVersion(), a.getSignedSha256(),
                a.getSignedAt(), approvalViews(decisions));
        boolean party = a.party(me.getId()).isPresent();
        boolean mayDecide = party && a.getStatus() == AgreementStatus.AWAITING_APPROVALS && !decided(a, decisions, me.getId());
        return new AgreementDetails(a.getId(), a.getTitle(), a.getCollaborationId(), queries.programmeName(a.getProgrammeId()),
                a.getRegimeCode(), queries.regime(a.getRegimeCode()).title(), a.getStatus(), a.getCurrentVersion(), current.getSha256(),
                AgreementJson.read(current.getTermsJson()), current.getRenderedText(), parties, signature,
                a.getStatus().isOpen() && access.canNegotiate(agreementId), mayDecide,
                a.getStatus().isOpen() && access.canAddOfficer(agreementId), access.canManage(agreementId),
                a.getStatus().isSigned() && a.getStatus() != AgreementStatus.ENDED && access.canRequestReview(agreementId));
    }

    @PreAuthorize("@agreementAccess.canView(#agreementId)")
    public List<VersionSummary> versions(long agreementId) {
        load(agreementId);
        Map<Long, String> names = new HashMap<>();
        return versions.findByAgreementIdOrderByVersionNoDesc(agreementId, Limit.of(MAX_VERSIONS)).stream()
                .map(v -> new VersionSummary(v.getVersionNo(), v.getSha256(),
                        names.computeIfAbsent(v.getProposedBy(), queries::name), v.getNote(), v.getCreatedAt()))
                .toList();
    }

    /** The rendered text of one version. */
    @PreAuthorize("@agreementAccess.canView(#agreementId)")
    public String text(long agreementId, int versionNo) {
        return version(load(agreementId), versionNo).getRenderedText();
    }

    @PreAuthorize("@agreementAccess.canView(#agreementId)")
    public AgreementTerms terms(long agreementId, int versionNo) {
        return AgreementJson.read(version(load(agreementId), versionNo).getTermsJson());
    }

    /** What changed from version {@code from} to version {@code to}, term by term and line by line. */
    @PreAuthorize("@agreementAccess.canView(#agreementId)")
    public VersionDiff diff(long agreementId, int from, int to) {
        Agreement a = load(agreementId);
        AgreementVersion x = version(a, from);
        AgreementVersion y = version(a, to);
        return new VersionDiff(from, to, TermsDiff.between(AgreementJson.read(x.getTermsJson()), AgreementJson.read(y.getTermsJson())),
                TextDiff.lines(x.getRenderedText(), y.getRenderedText()));
    }

    @PreAuthorize("@agreementAccess.canView(#agreementId)")
    public List<ClauseComment> comments(long agreementId) {
        load(agreementId);
        Map<Long, String> names = new HashMap<>();
        return comments.findByAgreementIdOrderByIdAsc(agreementId, Limit.of(MAX_COMMENTS)).stream()
                .map(c -> new ClauseComment(c.getId(), c.getVersionNo(), c.getClause(), names.computeIfAbsent(c.getAuthorId(), queries::name),
                        c.getBody(), c.getCreatedAt()))
                .toList();
    }

    /** Every decision on every version, oldest first. */
    @PreAuthorize("@agreementAccess.canView(#agreementId)")
    public List<ApprovalRecord> approvals(long agreementId) {
        Agreement a = load(agreementId);
        List<ApprovalRecord> all = new ArrayList<>();
        for (int v = 1; v <= a.getCurrentVersion(); v++) {
            all.addAll(approvalViews(approvals.findByAgreementIdAndVersionNoOrderByIdAsc(agreementId, v)));
        }
        return all;
    }

    /** The append-only trail, oldest first. */
    @PreAuthorize("@agreementAccess.canView(#agreementId)")
    public List<TrailEntry> trail(long agreementId) {
        load(agreementId);
        return trail.of(agreementId, MAX_EVENTS);
    }

    /** The clause numbers of a version's text ("1", "2", …), for comments. */
    @PreAuthorize("@agreementAccess.canView(#agreementId)")
    public List<String> clauses(long agreementId, int versionNo) {
        return Clauses.of(version(load(agreementId), versionNo).getRenderedText());
    }

    // ---- starting and negotiating ----------------------------------------------------------------------------------

    /**
     * Active collaborations without a running agreement that I may start one for: those of the programmes I coordinate
     * and those of my partner organisation (at most 200, newest first).
     */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).COORDINATOR) or hasRole(T(org.crossfield.identity.Roles).PARTNER)")
    public List<StartableCollaboration> startableCollaborations() {
        CrossfieldUser me = CurrentUser.require();
        return queries.startable(me.getId(), me.hasRole(org.crossfield.identity.Roles.PARTNER) && me.getOrganisationId() != null
                ? me.getOrganisationId() : -1L);
    }

    /** The IP regimes an agreement can start from (each has an active template). */
    @PreAuthorize("isAuthenticated()")
    public List<IpRegime> regimes() {
        return queries.regimes();
    }

    /** The default terms of a regime, from its ip-regimes.csv columns. */
    @PreAuthorize("isAuthenticated()")
    public AgreementTerms defaultTerms(String regimeCode) {
        return AgreementTerms.defaultsFor(queries.regime(regimeCode));
    }

    /**
     * Starts the agreement of a collaboration from the active template of a regime: the parties are the student, the
     * supervisor (for the academic organisation), the partner organisation's managers and the mentor, if any. Version 1
     * carries the regime's default terms. A collaboration has at most one agreement that is not ended.
     */
    @PreAuthorize("@agreementAccess.canStart(#cmd.collaborationId())")
    @Transactional
    public long start(StartAgreementCmd cmd) {
        CrossfieldUser me = CurrentUser.require();
        AgreementQueries.CollaborationFacts c = queries.collaboration(cmd.collaborationId())
                .orElseThrow(() -> new InvalidAgreementException("agreement.error.no-collaboration",
                        "There is no collaboration " + cmd.collaborationId() + ".", String.valueOf(cmd.collaborationId())));
        if (!"ACTIVE".equals(c.status())) {
            throw new InvalidAgreementException("agreement.error.collaboration-not-active", "The collaboration is "
                    + c.status().toLowerCase(java.util.Locale.ROOT) + ": agreements are made for active collaborations.");
        }
        if (agreements.findByCollaborationIdOrderByIdDesc(c.id()).stream().anyMatch(a -> a.getStatus() != AgreementStatus.ENDED)) {
            throw new InvalidAgreementException("agreement.error.already-agreed",
                    "This collaboration already has an agreement; negotiate that one.");
        }
        if (cmd.regimeCode() == null || cmd.regimeCode().isBlank()) {
            throw new InvalidAgreementException("agreement.error.choose-regime", "Choose an IP regime.");
        }
        IpRegime regime = queries.regime(cmd.regimeCode());
        AgreementTemplate template = templates.findFirstByRegimeCodeAndActiveTrueOrderByVersionNoDesc(regime.code())
                .orElseThrow(() -> new InvalidAgreementException("agreement.error.no-template",
                        "The regime " + regime.code() + " has no active template: ask an administrator.", regime.code()));
        Set<Party> parties = new LinkedHashSet<>();
        if (c.studentId() != null) {
            parties.add(new Party(c.studentId(), PartyRole.STUDENT, c.academicOrganisationId()));
        }
        if (c.supervisorId() != null) {
            parties.add(new Party(c.supervisorId(), PartyRole.SUPERVISOR, c.academicOrganisationId()));
        }
        if (c.mentorId() != null) {
            parties.add(new Party(c.mentorId(), PartyRole.MENTOR, queries.organisationOf(c.mentorId())));
        }
        if (c.partnerOrganisationId() != null) {
            for (long manager : queries.partnerManagers(c.partnerOrganisationId())) {
                parties.add(new Party(manager, PartyRole.PARTNER, c.partnerOrganisationId()));
            }
        }
        List<Text> missing = new ArrayList<>();
        if (c.studentId() == null) {
            missing.add(new Text("agreement.error.needs-student", "An agreement needs a student in the collaboration."));
        }
        if (c.supervisorId() == null) {
            missing.add(new Text("agreement.error.needs-supervisor", "An agreement needs a supervisor in the collaboration."));
        }
        if (c.partnerOrganisationId() == null || parties.stream().noneMatch(p -> p.role() == PartyRole.PARTNER)) {
            missing.add(new Text("agreement.error.needs-partner",
                    "An agreement needs a partner organisation with at least one partner manager in the collaboration."));
        }
        if (!missing.isEmpty()) {
            throw InvalidAgreementException.of(missing);
        }
        Instant now = now();
        Agreement a = agreements.save(new Agreement(c.id(), c.programmeId(), c.title(), regime.code(), template.getId(),
                c.academicOrganisationId(), c.partnerOrganisationId(), me.getId(), parties, now));
        AgreementTerms terms = AgreementTerms.defaultsFor(regime).normalised();
        List<Text> problems = TermsValidator.refusals(terms, regime.code());
        if (!problems.isEmpty()) {
            throw InvalidAgreementException.of(problems);
        }
        AgreementVersion v1 = versions.save(new AgreementVersion(a.getId(), 1, AgreementJson.write(terms),
                TemplateEngine.render(template.getBody(), terms, names(a)), me.getId(), "Drafted from the " + regime.code()
                + " template (version " + template.getVersionNo() + ").", now));
        trail.append(a.getId(), 1, me.getId(), "STARTED", null, List.of(regime.code(), String.valueOf(template.getVersionNo())),
                v1.getSha256(), now);
        tell(a, me, "STARTED", null, null);
        return a.getId();
    }

    /**
     * A party's (or coordinator's) proposal: a new immutable version with these terms and a note. While approvals are
     * open they start again on the new version.
     */
    @PreAuthorize("@agreementAccess.canNegotiate(#agreementId)")
    @Transactional
    public int propose(long agreementId, AgreementTerms proposed, String note) {
        CrossfieldUser me = CurrentUser.require();
        Agreement a = load(agreementId);
        a.requireOpen("changed");
        if (proposed == null) {
            throw new InvalidAgreementException("agreement.error.no-terms", "The terms are missing.");
        }
        AgreementTerms terms = proposed.normalised();
        List<Text> problems = TermsValidator.refusals(terms, a.getRegimeCode());
        if (!problems.isEmpty()) {
            throw InvalidAgreementException.of(problems);
        }
        AgreementVersion current = version(a, a.getCurrentVersion());
        if (AgreementJson.read(current.getTermsJson()).equals(terms)) {
            throw new InvalidAgreementException("agreement.error.unchanged",
                    "These are the terms of version " + a.getCurrentVersion() + ": change at least one term.", a.getCurrentVersion());
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 1000) {
            throw new InvalidAgreementException("agreement.error.note-length", "A note is at most 1,000 characters.");
        }
        AgreementTemplate template = templates.findById(a.getTemplateId()).orElseThrow();
        int next = a.getCurrentVersion() + 1;
        Instant now = now();
        boolean restart = a.getStatus() == AgreementStatus.AWAITING_APPROVALS;
        a.proposed(next, now);
        AgreementVersion v = versions.save(new AgreementVersion(a.getId(), next, AgreementJson.write(terms),
                TemplateEngine.render(template.getBody(), terms, names(a)), me.getId(), cleanNote, now));
        // what changed is the difference to the version before: the trail computes it when read
        trail.append(a.getId(), next, me.getId(), "PROPOSED", null, restart ? List.of("restarted") : List.of(), v.getSha256(), now);
        tell(a, me, "PROPOSED", String.valueOf(next), cleanNote);
        return next;
    }

    /** A comment on a clause ("1", "2", … as numbered in the text, or "general") of the current version. */
    @PreAuthorize("@agreementAccess.canNegotiate(#agreementId)")
    @Transactional
    public long comment(long agreementId, String clause, String body) {
        CrossfieldUser me = CurrentUser.require();
        Agreement a = load(agreementId);
        AgreementVersion current = version(a, a.getCurrentVersion());
        String c = clause == null || clause.isBlank() ? "general" : clause.strip();
        if (!c.equals("general") && !Clauses.of(current.getRenderedText()).contains(c)) {
            throw new InvalidAgreementException("agreement.error.no-clause",
                    "Version " + a.getCurrentVersion() + " has no clause " + c + ".", a.getCurrentVersion(), c);
        }
        if (body == null || body.isBlank()) {
            throw new InvalidAgreementException("agreement.error.comment-empty", "Write a comment.");
        }
        if (body.strip().length() > 2000) {
            throw new InvalidAgreementException("agreement.error.comment-length", "A comment is at most 2,000 characters.");
        }
        Instant now = now();
        AgreementComment saved = comments.save(new AgreementComment(a.getId(), a.getCurrentVersion(), c, me.getId(), body.strip(), now));
        trail.append(a.getId(), a.getCurrentVersion(), me.getId(), "COMMENTED", null, List.of(c), null, now);
        return saved.getId();
    }

    /**
     * Adds my organisation's legal or technology-transfer officer (an existing user of that organisation, by e-mail, not
     * yet a party) as an approver.
     */
    @PreAuthorize("@agreementAccess.canAddOfficer(#agreementId)")
    @Transactional
    public void addOfficer(long agreementId, String email) {
        CrossfieldUser me = CurrentUser.require();
        Agreement a = load(agreementId);
        a.requireOpen("given another approver");
        Party mine = a.party(me.getId()).orElseThrow();
        Long organisation = mine.role() == PartyRole.PARTNER ? a.getPartnerOrganisationId() : a.getAcademicOrganisationId();
        if (a.getParties().stream().anyMatch(p -> p.role() == PartyRole.OFFICER && java.util.Objects.equals(p.organisationId(), organisation))) {
            throw new InvalidAgreementException("agreement.error.officer-exists",
                    "Your organisation already has an officer on this agreement.");
        }
        if (organisation == null) {
            throw new InvalidAgreementException("agreement.error.officer-no-organisation",
                    "This agreement names no organisation on your side, so no officer can approve for it.");
        }
        // one answer whether the address has no account or belongs to someone elsewhere: the caller learns nothing
        // about who uses Crossfield outside their own organisation
        String typed = email == null ? "" : email.strip();
        Long officer = queries.userByEmail(typed).filter(id -> organisation.equals(queries.organisationOf(id))).orElse(null);
        if (officer == null) {
            throw new InvalidAgreementException("agreement.error.officer-unknown", "\"" + typed + "\" is not the address of someone at "
                    + queries.organisationName(organisation) + " on Crossfield: an officer approves on behalf of your own"
                    + " organisation and needs an account there.", typed, queries.organisationName(organisation));
        }
        if (a.party(officer).isPresent()) {
            throw new InvalidAgreementException("agreement.error.officer-already-party",
                    email.strip() + " is already a party to this agreement.", email.strip());
        }
        a.addParty(new Party(officer, PartyRole.OFFICER, organisation));
        Instant now = now();
        trail.append(a.getId(), a.getCurrentVersion(), me.getId(), "OFFICER_ADDED", null,
                List.of(queries.name(officer), queries.organisationName(organisation)), null, now);
        notifications.notify(new NotifyCmd(List.of(officer), NotificationTemplates.AGREEMENT_UPDATE,
                model("STARTED", a.getTitle(), me.getDisplayName(), null, null), link(a)));
    }

    /** The terms are settled: every party is asked to approve the current version. */
    @PreAuthorize("@agreementAccess.canNegotiate(#agreementId)")
    @Transactional
    public void requestApprovals(long agreementId) {
        CrossfieldUser me = CurrentUser.require();
        Agreement a = load(agreementId);
        Instant now = now();
        a.requestApprovals(now);
        trail.append(a.getId(), a.getCurrentVersion(), me.getId(), "APPROVALS_REQUESTED", null, List.of(), version(a, a.getCurrentVersion()).getSha256(), now);
        tell(a, me, "APPROVALS_REQUESTED", String.valueOf(a.getCurrentVersion()), null);
    }

    // ---- deciding ---------------------------------------------------------------------------------------------------

    /**
     * Approves version {@code versionNo}, whose text the approver saw with fingerprint {@code sha256}; refused when the
     * agreement moved on or the text differs. When every party has approved, the agreement is signed.
     *
     * @return true when this approval signed the agreement
     */
    @PreAuthorize("@agreementAccess.isParty(#agreementId)")
    @Transactional
    public boolean approve(long agreementId, int versionNo, String sha256) {
        CrossfieldUser me = CurrentUser.require();
        Agreement a = load(agreementId);
        AgreementVersion v = version(a, a.getCurrentVersion());
        a.checkDecision(versionNo, sha256, v.getSha256());
        List<AgreementApproval> decisions = approvals.findByAgreementIdAndVersionNoOrderByIdAsc(a.getId(), versionNo);
        if (decided(a, decisions, me.getId())) {
            throw new InvalidAgreementException("agreement.error.already-approved",
                    "Version " + versionNo + " already has your approval (or your organisation's).", versionNo);
        }
        Instant now = now();
        AgreementApproval mine = approvals.save(new AgreementApproval(a.getId(), versionNo, me.getId(), AgreementApproval.APPROVED, sha256, null, now));
        trail.append(a.getId(), versionNo, me.getId(), "APPROVED", null, List.of(), sha256, now);
        List<AgreementApproval> all = new ArrayList<>(decisions);
        all.add(mine);
        if (pendingKeys(a, all).isEmpty()) {
            a.sign(versionNo, v.getSha256(), now);
            trail.append(a.getId(), versionNo, null, "SIGNED", null, List.of(), v.getSha256(), now);
            tell(a, null, "SIGNED", String.valueOf(versionNo), null);
            return true;
        }
        return false;
    }

    /** Rejects version {@code versionNo} (seen with {@code sha256}) with a reason: the agreement goes back to negotiation. */
    @PreAuthorize("@agreementAccess.isParty(#agreementId)")
    @Transactional
    public void reject(long agreementId, int versionNo, String sha256, String reason) {
        CrossfieldUser me = CurrentUser.require();
        Agreement a = load(agreementId);
        a.checkDecision(versionNo, sha256, version(a, a.getCurrentVersion()).getSha256());
        if (reason == null || reason.isBlank()) {
            throw new InvalidAgreementException("agreement.error.reject-reason",
                    "Say why you reject this version, so the others know what to change.");
        }
        if (reason.strip().length() > 1000) {
            throw new InvalidAgreementException("agreement.error.reason-length", "A reason is at most 1,000 characters.");
        }
        Instant now = now();
        approvals.save(new AgreementApproval(a.getId(), versionNo, me.getId(), AgreementApproval.REJECTED, sha256, reason.strip(), now));
        a.rejected(now);
        trail.append(a.getId(), versionNo, me.getId(), "REJECTED", reason.strip(), List.of(), sha256, now);
        tell(a, me, "REJECTED", String.valueOf(versionNo), reason.strip());
    }

    @PreAuthorize("@agreementAccess.canManage(#agreementId)")
    @Transactional
    public void activate(long agreementId) {
        Agreement a = load(agreementId);
        Instant now = now();
        a.activate(now);
        trail.append(a.getId(), a.getSignedVersion(), CurrentUser.require().getId(), "ACTIVATED", null, List.of(), a.getSignedSha256(), now);
    }

    @PreAuthorize("@agreementAccess.canManage(#agreementId)")
    @Transactional
    public void end(long agreementId) {
        Agreement a = load(agreementId);
        Instant now = now();
        a.end(now);
        trail.append(a.getId(), a.getSignedVersion(), CurrentUser.require().getId(), "ENDED", null, List.of(), a.getSignedSha256(), now);
    }

    // ---- helpers shared with the module ---------------------------------------------------------------------------

    /** The approval keys (see {@link Party#approvalKey()}) still missing on the current version. */
    static Set<String> pendingKeys(Agreement a, List<AgreementApproval> decisions) {
        Set<String> required = a.getParties().stream().map(Party::approvalKey).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, Party> byUser = a.getParties().stream().collect(Collectors.toMap(Party::userId, p -> p));
        Set<String> approved = new HashSet<>();
        for (AgreementApproval d : decisions) {
            Party p = byUser.get(d.getUserId());
            if (p != null && AgreementApproval.APPROVED.equals(d.getDecision())) {
                approved.add(p.approvalKey());
            }
        }
        required.removeAll(approved);
        return required;
    }

    /** The parties who still have to approve the current version. */
    static List<Party> pendingParties(Agreement a, List<AgreementApproval> decisions) {
        Set<String> pending = pendingKeys(a, decisions);
        return a.getParties().stream().filter(p -> pending.contains(p.approvalKey())).toList();
    }

    private static boolean decided(Agreement a, List<AgreementApproval> decisions, long userId) {
        return a.party(userId).map(p -> decisions.stream().anyMatch(d -> d.getVersionNo() == a.getCurrentVersion()
                && a.party(d.getUserId()).map(q -> q.approvalKey().equals(p.approvalKey())).orElse(false)
                && AgreementApproval.APPROVED.equals(d.getDecision()))).orElse(false);
    }

    private List<AgreementPartySummary> partyViews(Agreement a, List<AgreementApproval> decisions) {
        Map<String, String> byKey = new HashMap<>();
        for (AgreementApproval d : decisions) {
            a.party(d.getUserId()).ifPresent(p -> byKey.put(p.approvalKey(), d.getDecision()));
        }
        Map<Long, String> directly = decisions.stream().collect(Collectors.toMap(AgreementApproval::getUserId, AgreementApproval::getDecision, (x, y) -> y));
        return a.getParties().stream()
                .sorted(java.util.Comparator.comparing(Party::role).thenComparing(Party::userId))
                .map(p -> {
                    AgreementQueries.Person person = queries.person(p.userId());
                    String decision = directly.getOrDefault(p.userId(), byKey.get(p.approvalKey()));
                    return new AgreementPartySummary(p.userId(), person.name(), person.email(), p.role(), queries.organisationName(p.organisationId()), decision);
                }).toList();
    }

    private List<ApprovalRecord> approvalViews(List<AgreementApproval> decisions) {
        return decisions.stream().map(d -> new ApprovalRecord(d.getVersionNo(), d.getUserId(), queries.name(d.getUserId()), d.getDecision(),
                d.getSha256(), d.getReason(), d.getDecidedAt())).toList();
    }

    TemplateEngine.Names names(Agreement a) {
        String student = null;
        String supervisor = null;
        String mentor = null;
        for (Party p : a.getParties()) {
            switch (p.role()) {
                case STUDENT -> student = queries.name(p.userId());
                case SUPERVISOR -> supervisor = queries.name(p.userId());
                case MENTOR -> mentor = queries.name(p.userId());
                default -> { }
            }
        }
        IpRegime regime = queries.regime(a.getRegimeCode());
        return new TemplateEngine.Names(a.getTitle(), regime.code(), regime.title(), student, supervisor,
                queries.organisationName(a.getAcademicOrganisationId()), queries.organisationName(a.getPartnerOrganisationId()), mentor);
    }

    private void tell(Agreement a, CrossfieldUser actor, String event, String versionNo, String reason) {
        List<Long> recipients = a.getParties().stream().map(Party::userId)
                .filter(id -> actor == null || id != actor.getId()).distinct().toList();
        if (recipients.isEmpty()) {
            return;
        }
        notifications.notify(new NotifyCmd(recipients, NotificationTemplates.AGREEMENT_UPDATE,
                model(event, a.getTitle(), actor == null ? null : actor.getDisplayName(), versionNo, reason), link(a)));
    }

    static Map<String, Object> model(String event, String title, String actorName, String versionNo, String reason) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("event", event);
        model.put("agreementTitle", title);
        if (actorName != null) {
            model.put("actorName", actorName);
        }
        if (versionNo != null) {
            model.put("versionNo", versionNo);
        }
        if (reason != null) {
            model.put("reason", reason);
        }
        return model;
    }

    static String link(Agreement a) {
        return ROUTE + "/" + a.getId();
    }

    private Agreement load(long id) {
        return agreements.findById(id).orElseThrow(() -> new AgreementNotFoundException(id));
    }

    private AgreementVersion version(Agreement a, int versionNo) {
        return versions.findByAgreementIdAndVersionNo(a.getId(), versionNo)
                .orElseThrow(() -> new InvalidAgreementException("agreement.error.no-version", "The agreement has no version " + versionNo + ".", versionNo));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static long daysBetween(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toDays());
    }
}
