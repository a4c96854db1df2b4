package org.crossfield.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The agreement module's repositories. The insert-only tables get repositories that can save and find, nothing else. */
final class AgreementRepositories {

    private AgreementRepositories() {
    }
}

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    List<Agreement> findByCollaborationIdOrderByIdDesc(long collaborationId);

    /** Awaiting approvals since before {@code since} and not reminded since then. */
    @Query("select a from Agreement a where a.status = org.crossfield.agreement.AgreementStatus.AWAITING_APPROVALS"
            + " and a.statusChangedAt < :since and (a.lastReminderAt is null or a.lastReminderAt < :since) order by a.id")
    List<Agreement> awaitingReminder(Instant since, Limit limit);

    Optional<Agreement> findFirstBySignedSha256(String sha256);
}

interface AgreementVersionRepository extends Repository<AgreementVersion, Long> {

    AgreementVersion save(AgreementVersion version);

    Optional<AgreementVersion> findByAgreementIdAndVersionNo(long agreementId, int versionNo);

    List<AgreementVersion> findByAgreementIdOrderByVersionNoDesc(long agreementId, Limit limit);

    List<AgreementVersion> findBySha256(String sha256, Limit limit);
}

interface AgreementApprovalRepository extends Repository<AgreementApproval, Long> {

    AgreementApproval save(AgreementApproval approval);

    List<AgreementApproval> findByAgreementIdAndVersionNoOrderByIdAsc(long agreementId, int versionNo);
}

interface AgreementCommentRepository extends Repository<AgreementComment, Long> {

    AgreementComment save(AgreementComment comment);

    List<AgreementComment> findByAgreementIdOrderByIdAsc(long agreementId, Limit limit);
}

interface AgreementEventRepository extends Repository<AgreementEvent, Long> {

    AgreementEvent save(AgreementEvent event);

    List<AgreementEvent> findByAgreementIdOrderByIdAsc(long agreementId, Limit limit);
}

interface AgreementTemplateRepository extends JpaRepository<AgreementTemplate, Long> {

    Optional<AgreementTemplate> findFirstByRegimeCodeAndActiveTrueOrderByVersionNoDesc(String regimeCode);

    List<AgreementTemplate> findByRegimeCodeOrderByVersionNoDesc(String regimeCode);

    List<AgreementTemplate> findByActiveTrueOrderByRegimeCode();
}

interface PublicationReviewRepository extends JpaRepository<PublicationReview, Long> {

    List<PublicationReview> findByAgreementIdOrderByIdDesc(long agreementId, Limit limit);

    @Query("select r from PublicationReview r where r.status = org.crossfield.agreement.ReviewStatus.PENDING"
            + " and r.deadlineAt <= :now order by r.deadlineAt, r.id")
    List<PublicationReview> pendingPastDeadline(Instant now, Limit limit);

    @Query("select r from PublicationReview r where r.status = org.crossfield.agreement.ReviewStatus.PENDING"
            + " and r.reminderSentAt is null and r.deadlineAt > :now and r.deadlineAt <= :remindBefore order by r.deadlineAt, r.id")
    List<PublicationReview> pendingToRemind(Instant now, Instant remindBefore, Limit limit);
}
