package org.crossfield.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    Optional<Programme> findByCodeIgnoreCase(String code);
}

interface AccountLinkRepository extends JpaRepository<AccountLink, Long> {

    Optional<AccountLink> findByTokenHash(String tokenHash);

    @Query("select l from AccountLink l where l.userId = :userId and l.purpose = :purpose and l.usedAt is null")
    List<AccountLink> findOpen(long userId, AccountLink.Purpose purpose);

    @Query("select count(l) from AccountLink l where l.userId = :userId and l.purpose = :purpose and l.createdAt > :since")
    long countSince(long userId, AccountLink.Purpose purpose, Instant since);

    @Query("select max(l.expiresAt) from AccountLink l where l.userId = :userId and l.purpose = :purpose")
    Optional<Instant> latestExpiry(long userId, AccountLink.Purpose purpose);
}

interface AccountEventRepository extends JpaRepository<AccountEvent, Long> {

    @Query("""
            select new org.crossfield.identity.AccountEventSummary(e.occurredAt, e.action, a.displayName, e.detail,
                   e.detailKey, e.detailArgs)
            from AccountEvent e left join UserAccount a on a.id = e.actorId
            where e.userId = :userId order by e.occurredAt desc, e.id desc""")
    List<AccountEventSummary> findSummaries(long userId, Pageable page);

    @Modifying
    @Query("delete from AccountEvent e where e.userId = :userId")
    void deleteByUserId(long userId);
}

interface OidcIdentityRepository extends JpaRepository<OidcIdentity, Long> {

    Optional<OidcIdentity> findByProviderAndSubject(String provider, String subject);
}
