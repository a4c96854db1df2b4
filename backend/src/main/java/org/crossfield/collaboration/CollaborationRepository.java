package org.crossfield.collaboration;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CollaborationRepository extends JpaRepository<Collaboration, Long> {

    /** Active collaborations on a project still waiting for a student (started by a match), oldest first. */
    @Query("select c from Collaboration c where c.projectId = ?1 and c.status = org.crossfield.collaboration.CollaborationStatus.ACTIVE and c.studentId is null order by c.id")
    List<Collaboration> activeOnProjectWithoutStudent(long projectId);

    /** Active collaborations on a project still waiting for a mentor (started by an offer), oldest first. */
    @Query("select c from Collaboration c where c.projectId = ?1 and c.status = org.crossfield.collaboration.CollaborationStatus.ACTIVE and c.mentorId is null order by c.id")
    List<Collaboration> activeOnProjectWithoutMentor(long projectId);

    boolean existsByApplicationId(long applicationId);

    boolean existsByProposalId(long proposalId);
}
