package org.crossfield.marketplace;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SavedSearchRepository extends JpaRepository<SavedSearch, Long> {

    List<SavedSearch> findByOwnerIdOrderByNameAscIdAsc(long ownerId, Limit limit);

    long countByOwnerId(long ownerId);

    boolean existsByOwnerIdAndNameAndIdNot(long ownerId, String name, long id);

    /** Saved searches with alerts on, in id order after {@code afterId} (for going through all of them in batches). */
    @Query("select s from SavedSearch s where s.alerts = true and s.id > :afterId order by s.id")
    List<SavedSearch> withAlertsAfter(long afterId, Limit limit);

    /**
     * Records when these searches last alerted, without touching their version: an alert must not make the owner's
     * concurrent rename fail, nor a rename make the approval fail.
     */
    @Modifying
    @Query("update SavedSearch s set s.lastAlertAt = :at where s.id in :ids")
    int markAlerted(Collection<Long> ids, Instant at);
}
