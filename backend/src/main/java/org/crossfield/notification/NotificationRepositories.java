package org.crossfield.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InAppNotificationRepository extends JpaRepository<InAppNotification, Long> {

    @Query("""
            select new org.crossfield.notification.NotificationEntry(n.id, n.kind, n.title, n.body, n.link, n.createdAt, n.readAt)
            from InAppNotification n where n.userId = :userId order by n.createdAt desc, n.id desc""")
    Slice<NotificationEntry> findViews(long userId, Pageable pageable);

    long countByUserIdAndReadAtIsNull(long userId);

    boolean existsByIdAndUserId(long id, long userId);

    @Modifying
    @Query("update InAppNotification n set n.readAt = :now, n.version = n.version + 1 where n.userId = :userId and n.readAt is null")
    int markAllRead(long userId, Instant now);
}

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /**
     * Due mails, locked for this transaction; rows another sender has locked are skipped rather than waited for
     * (MySQL 8 and MariaDB 10.6 or later).
     */
    @Query(value = """
            select id from mail_outbox where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id limit :limit for update skip locked""", nativeQuery = true)
    List<Long> lockDue(Instant now, int limit);

    /** Mails whose sender's lease ran out while SENDING, locked like {@link #lockDue}. */
    @Query(value = """
            select id from mail_outbox where status = 'SENDING' and next_attempt_at <= :now
            order by next_attempt_at, id limit :limit for update skip locked""", nativeQuery = true)
    List<Long> lockExpiredLeases(Instant now, int limit);

    @Query("""
            select new org.crossfield.notification.OutboxMailSummary(m.id, m.toAddress, m.subject, m.template, m.status,
                m.transport, m.attempts, m.createdAt, m.nextAttemptAt, m.sentAt, m.lastError)
            from OutboxMail m order by m.id desc""")
    Slice<OutboxMailSummary> findViews(Pageable pageable);

    @Query("select m.status, count(m) from OutboxMail m group by m.status")
    List<Object[]> countByStatus();

    /** Pending mails waiting out a back-off become due now. */
    @Modifying
    @Query("""
            update OutboxMail m set m.nextAttemptAt = :now, m.version = m.version + 1
            where m.status = org.crossfield.notification.MailStatus.PENDING and m.nextAttemptAt > :now""")
    int makePendingDue(Instant now);
}
