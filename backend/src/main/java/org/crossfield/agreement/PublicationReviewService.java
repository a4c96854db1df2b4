package org.crossfield.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditEvent;
import org.crossfield.platform.files.FileNames;
import org.crossfield.platform.pdf.PdfCheck;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication review under a signed agreement: the student or the supervisor asks, the partner's side answers within
 * the agreement's notice period (consent, objection, or a delay up to the maximum), and silence until the deadline is
 * consent ({@link AgreementDeadlines} acts on the deadline).
 */
@Service
@Transactional(readOnly = true)
public class PublicationReviewService {

    public static final int MAX_MANUSCRIPT_BYTES = 15 * 1024 * 1024;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final PublicationReviewRepository reviews;
    private final AgreementRepository agreements;
    private final AgreementVersionRepository versions;
    private final AgreementTrail trail;
    private final AgreementQueries queries;
    private final NotificationService notifications;
    private final AgreementAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    PublicationReviewService(PublicationReviewRepository reviews, AgreementRepository agreements, AgreementVersionRepository versions,
                             AgreementTrail trail, AgreementQueries queries, NotificationService notifications, AgreementAccess access,
                             ObjectProvider<Clock> clock, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.reviews = reviews;
        this.agreements = agreements;
        this.versions = versions;
        this.trail = trail;
        this.queries = queries;
        this.notifications = notifications;
        this.access = access;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @PreAuthorize("@agreementAccess.canView(#agreementId)")
    public List<PublicationReviewSummary> reviews(long agreementId) {
        Map<Long, String> names = new HashMap<>();
        return reviews.findByAgreementIdOrderByIdDesc(agreementId, Limit.of(200)).stream()
                .map(r -> view(r, names.computeIfAbsent(r.getRequestedBy(), queries::name), access.canAnswerReview(r.getId())))
                .toList();
    }

    /** The manuscript PDF of a review, or an empty array when none was attached. */
    @PreAuthorize("@agreementAccess.canViewReview(#reviewId)")
    public byte[] manuscript(long reviewId) {
        byte[] pdf = load(reviewId).getManuscriptPdf();
        if (pdf == null) {
            return new byte[0];
        }
        publisher.publishEvent(AuditEvent.of(AuditActions.MANUSCRIPT_DOWNLOADED, "PUBLICATION_REVIEW", reviewId));
        return pdf;
    }

    /** Asks the partner to review a manuscript (title, optional PDF); the deadline is now + the agreement's notice period. */
    @PreAuthorize("@agreementAccess.canRequestReview(#agreementId)")
    @Transactional
    public long request(long agreementId, String title, String manuscriptName, byte[] manuscriptPdf) {
        CrossfieldUser me = CurrentUser.require();
        Agreement a = agreements.findById(agreementId).orElseThrow(() -> new AgreementNotFoundException(agreementId));
        if (a.getStatus() != AgreementStatus.SIGNED && a.getStatus() != AgreementStatus.ACTIVE) {
            throw new InvalidAgreementException("agreement.error.review-not-signed",
                    "Publication review starts once the agreement is signed; this one is "
                    + a.getStatus().label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidAgreementException("agreement.error.manuscript-title", "Give the manuscript's title.");
        }
        if (title.strip().length() > 300) {
            throw new InvalidAgreementException("agreement.error.title-length", "A title is at most 300 characters.");
        }
        if (manuscriptPdf != null && manuscriptPdf.length > 0) {
            if (manuscriptPdf.length > MAX_MANUSCRIPT_BYTES) {
                throw new InvalidAgreementException("agreement.error.manuscript-size", "The manuscript is larger than 15 MB.");
            }
            if (manuscriptPdf.length < 5 || !new String(manuscriptPdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
                throw new InvalidAgreementException("agreement.error.manuscript-pdf", "The manuscript must be a PDF.");
            }
            // parsed, not only sniffed: an HTML/PDF polyglot starts with %PDF- too
            java.util.Optional<String> problem = PdfCheck.problem(manuscriptPdf);
            if (problem.isPresent()) {
                throw new InvalidAgreementException("agreement.error.manuscript-pdf",
                        "The manuscript must be a PDF; this file cannot be accepted: " + problem.get() + ".");
            }
            manuscriptName = FileNames.withExtension(FileNames.sanitise(manuscriptName, "manuscript.pdf"), "pdf");
        } else {
            manuscriptPdf = null;
            manuscriptName = null;
        }
        AgreementTerms terms = AgreementJson.read(versions.findByAgreementIdAndVersionNo(a.getId(), a.getSignedVersion()).orElseThrow().getTermsJson());
        Instant now = now();
        PublicationReview r = reviews.save(new PublicationReview(a.getId(), me.getId(), title.strip(),
                manuscriptName == null ? null : manuscriptName.strip(), manuscriptPdf, now, terms.publicationNoticeDays()));
        trail.append(a.getId(), a.getSignedVersion(), me.getId(), "REVIEW_REQUESTED", null,
                List.of(r.getTitle(), r.getDeadlineAt().toString()), null, now);
        tellPartner(a, r, "REQUESTED", me.getDisplayName(), null);
        return r.getId();
    }

    @PreAuthorize("@agreementAccess.canAnswerReview(#reviewId)")
    @Transactional
    public void consent(long reviewId) {
        CrossfieldUser me = CurrentUser.require();
        PublicationReview r = load(reviewId);
        r.consent(me.getId(), now());
        answered(r, me, "CONSENTED");
    }

    @PreAuthorize("@agreementAccess.canAnswerReview(#reviewId)")
    @Transactional
    public void object(long reviewId, String reason) {
        CrossfieldUser me = CurrentUser.require();
        PublicationReview r = load(reviewId);
        r.object(me.getId(), reason, now());
        answered(r, me, "OBJECTED");
    }

    /** Asks for a delay of {@code days}, at most the agreement's maximum publication delay. */
    @PreAuthorize("@agreementAccess.canAnswerReview(#reviewId)")
    @Transactional
    public void delay(long reviewId, int days, String reason) {
        CrossfieldUser me = CurrentUser.require();
        PublicationReview r = load(reviewId);
        Agreement a = agreements.findById(r.getAgreementId()).orElseThrow();
        AgreementTerms terms = AgreementJson.read(versions.findByAgreementIdAndVersionNo(a.getId(), a.getSignedVersion()).orElseThrow().getTermsJson());
        r.delay(me.getId(), days, terms.publicationMaxDelayDays(), reason, now());
        answered(r, me, "DELAYED");
    }

    private void answered(PublicationReview r, CrossfieldUser me, String event) {
        Agreement a = agreements.findById(r.getAgreementId()).orElseThrow();
        boolean delayed = r.getDelayDays() != null;
        trail.append(a.getId(), a.getSignedVersion(), me.getId(), "REVIEW_" + event, r.getReason(), delayed
                ? List.of(r.getTitle(), String.valueOf(r.getDelayDays()), r.heldUntil().toString()) : List.of(r.getTitle()), null, r.getAnsweredAt());
        Map<String, Object> model = model(event, a.getTitle(), r.getTitle(), me.getDisplayName(),
                delayed ? DAY.format(r.heldUntil()) : null, r.getReason());
        if (delayed) {
            model.put("delayDays", Integer.toString(r.getDelayDays()));
        }
        notifications.notify(new NotifyCmd(List.of(r.getRequestedBy()), NotificationTemplates.PUBLICATION_REVIEW, model,
                AgreementService.link(a)));
    }

    void tellPartner(Agreement a, PublicationReview r, String event, String actorName, String reason) {
        List<Long> partnerSide = a.getParties().stream()
                .filter(p -> p.role() == PartyRole.PARTNER || p.role() == PartyRole.OFFICER
                        && java.util.Objects.equals(p.organisationId(), a.getPartnerOrganisationId()))
                .map(Party::userId).toList();
        if (!partnerSide.isEmpty()) {
            notifications.notify(new NotifyCmd(partnerSide, NotificationTemplates.PUBLICATION_REVIEW,
                    model(event, a.getTitle(), r.getTitle(), actorName, DAY.format(r.getDeadlineAt()), reason), AgreementService.link(a)));
        }
    }

    static Map<String, Object> model(String event, String agreementTitle, String manuscriptTitle, String actorName, String deadline, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", event);
        m.put("agreementTitle", agreementTitle);
        m.put("manuscriptTitle", manuscriptTitle);
        if (actorName != null) {
            m.put("actorName", actorName);
        }
        if (deadline != null) {
            m.put("deadline", deadline);
        }
        if (reason != null) {
            m.put("reason", reason);
        }
        return m;
    }

    static PublicationReviewSummary view(PublicationReview r, String requestedByName, boolean mayAnswer) {
        return new PublicationReviewSummary(r.getId(), r.getAgreementId(), r.getTitle(), r.getManuscriptName(), requestedByName, r.getRequestedAt(),
                r.heldUntil(), r.getStatus(), r.getReason(), r.getDelayDays(), r.getAnsweredAt(),
                mayAnswer && r.getStatus() == ReviewStatus.PENDING);
    }

    private PublicationReview load(long id) {
        return reviews.findById(id).orElseThrow(() -> new InvalidAgreementException("agreement.error.no-review",
                "There is no publication review " + id + ".", String.valueOf(id)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
