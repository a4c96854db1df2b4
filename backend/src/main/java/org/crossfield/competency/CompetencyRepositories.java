package org.crossfield.competency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompetencyFrameworkRepository extends JpaRepository<CompetencyFramework, Long> {

    Optional<CompetencyFramework> findFirstByActiveTrue();

    boolean existsByVersionLabel(String versionLabel);

    @Query("""
            select new org.crossfield.competency.FrameworkVersion(f.id, f.versionLabel, f.active, f.importedBy, f.createdAt,
                (select count(c) from Competency c where c.frameworkId = f.id))
            from CompetencyFramework f order by f.createdAt desc, f.id desc""")
    List<FrameworkVersion> listVersions();
}

interface CompetencyRepository extends JpaRepository<Competency, Long> {

    List<Competency> findByFrameworkIdOrderById(Long frameworkId);
}

interface ProficiencyLevelRepository extends JpaRepository<ProficiencyLevel, Integer> {
}

interface CourseAreaRepository extends JpaRepository<CourseArea, String> {
}

interface ProfileEntryRepository extends JpaRepository<ProfileEntry, Long> {

    List<ProfileEntry> findByUserIdOrderByCompetencyCode(Long userId);

    List<ProfileEntry> findByUserIdAndCompetencyCodeIn(Long userId, Collection<String> codes);

    long countByUserId(Long userId);
}
