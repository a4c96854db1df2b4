package org.crossfield.marketplace;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChallengeRepository extends JpaRepository<Challenge, Long> {

    /** Open challenges whose deadline day has passed, oldest deadline first. */
    @Query("select c from Challenge c where c.state.status = org.crossfield.marketplace.ProjectStatus.OPEN and c.deadline < :today order by c.deadline, c.id")
    List<Challenge> openPastDeadline(LocalDate today, Limit limit);
}
