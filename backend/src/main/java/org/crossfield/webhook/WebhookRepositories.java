package org.crossfield.webhook;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WebhookSubscriptionRepository extends JpaRepository<WebhookSubscription, Long> {

    List<WebhookSubscription> findByOwnerIdOrderByIdAsc(long ownerId);

    long countByOwnerId(long ownerId);

    /** Subscriptions that asked for a type (its enum name is in the comma-separated list; no name contains another). */
    @Query("select s from WebhookSubscription s where s.eventTypes like concat('%', :typeName, '%') order by s.id")
    List<WebhookSubscription> findByType(String typeName);
}

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    /** Due deliveries, locked for this transaction; rows another sender locked are skipped, never waited for. */
    @Query(value = """
            select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id limit :limit for update skip locked""", nativeQuery = true)
    List<Long> lockDue(Instant now, int limit);

    /** Deliveries whose sender's lease ran out while SENDING, locked like {@link #lockDue}. */
    @Query(value = """
            select id from webhook_delivery where status = 'SENDING' and next_attempt_at <= :now
            order by next_attempt_at, id limit :limit for update skip locked""", nativeQuery = true)
    List<Long> lockExpiredLeases(Instant now, int limit);

    List<WebhookDelivery> findBySubscriptionIdOrderByIdDesc(long subscriptionId, Limit limit);

    /** Pending deliveries waiting out a back-off become due now. */
    @Modifying
    @Query("""
            update WebhookDelivery d set d.nextAttemptAt = :now, d.version = d.version + 1
            where d.status = org.crossfield.webhook.WebhookDeliveryStatus.PENDING and d.nextAttemptAt > :now""")
    int makePendingDue(Instant now);
}
