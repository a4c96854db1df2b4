package org.crossfield.matching;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MatchingRoundRepository extends JpaRepository<MatchingRound, Long> {

    List<MatchingRound> findByProgrammeIdInOrderByCreatedAtDesc(Collection<Long> programmeIds);
}

interface RoundProposalRepository extends JpaRepository<RoundProposal, Long> {

    List<RoundProposal> findByRoundIdOrderByProjectIdAscIdAsc(Long roundId);

    List<RoundProposal> findByRoundIdAndStatusIn(Long roundId, Collection<ProposalStatus> statuses);

    @Modifying
    @Query("delete from RoundProposal p where p.roundId = :roundId and p.status = org.crossfield.matching.ProposalStatus.PROPOSED")
    int deleteUnpublished(Long roundId);

    @Query("""
            select p from RoundProposal p, MatchingRound r where r.id = p.roundId and p.mentorId = :mentorId
            and p.status <> org.crossfield.matching.ProposalStatus.PROPOSED order by p.id desc""")
    List<RoundProposal> visibleToMentor(long mentorId);

    @Query("""
            select p from RoundProposal p where p.projectId in :projectIds
            and p.status <> org.crossfield.matching.ProposalStatus.PROPOSED order by p.id desc""")
    List<RoundProposal> visibleForProjects(Collection<Long> projectIds);
}
