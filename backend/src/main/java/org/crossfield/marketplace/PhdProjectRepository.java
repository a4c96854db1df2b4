package org.crossfield.marketplace;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PhdProjectRepository extends JpaRepository<PhdProject, Long> {

    @EntityGraph(attributePaths = "requirements")
    @Query("select p from PhdProject p where p.id in :ids")
    List<PhdProject> withRequirements(Collection<Long> ids);
}
