package org.crossfield.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

@CrossfieldIntegrationTest
class CompetencyFrameworkServiceIntegrationTest {

    private static final String ADMIN = "admin@demo.crossfield.org";

    @Autowired
    CompetencyFrameworkService frameworks;
    @Autowired
    RunAs runAs;

    @Test
    void everyoneLoggedInReadsTheFrameworkGroupedByArea() {
        FrameworkDetails framework = runAs.as("student@demo.crossfield.org", frameworks::activeFramework);
        assertThat(framework.levels()).extracting(LevelDescriptor::level).containsExactly(1, 2, 3, 4, 5);
        assertThat(framework.byArea()).containsKey("Health data science");
        assertThat(framework.courseAreasFor("HDS-01")).extracting(CourseAreaSummary::code).contains("DSCP");
    }

    @Test
    void aMalformedImportIsRefusedWholeAndNothingChanges() {
        List<FrameworkVersion> before = runAs.as(ADMIN, frameworks::versions);
        byte[] bad = "code,group,title,source\nDSDA01,Analytics,Fine,EDSF\nbad!,Analytics,Broken,EDSF\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> frameworks.importCsv(bad, "Broken import")))
                .isInstanceOf(FrameworkImportException.class).hasMessageContaining("Line 3");
        assertThat(runAs.as(ADMIN, frameworks::versions)).isEqualTo(before);
    }

    @Test
    @DirtiesContext
    void anAdminExportsEditsAndImportsANewActiveVersion() {
        byte[] exported = runAs.as(ADMIN, frameworks::exportCsv);
        String changed = new String(exported, StandardCharsets.UTF_8) + "HDS-99,Health data science,Synthetic data generation and evaluation,local\n";
        FrameworkVersion imported = runAs.as(ADMIN, () -> frameworks.importCsv(changed.getBytes(StandardCharsets.UTF_8), "Test v2"));
        assertThat(imported.competencies()).isEqualTo(48);
        FrameworkDetails active = runAs.as(ADMIN, frameworks::activeFramework);
        assertThat(active.versionLabel()).isEqualTo("Test v2");
        assertThat(active.competencies()).extracting(CompetencySummary::code).contains("HDS-99");
        assertThat(runAs.as(ADMIN, frameworks::versions)).filteredOn(FrameworkVersion::active).hasSize(1);
        assertThatThrownBy(() -> runAs.as(ADMIN, () -> frameworks.importCsv(exported, "Test v2")))
                .hasMessageContaining("exists already");
        // put the shipped framework back for the other tests sharing this database
        runAs.run(ADMIN, () -> frameworks.importCsv(exported, "Shipped again"));
    }

    @Test
    @DirtiesContext
    void anAdminPreviewsTheChangesNeedsALabelAndReactivatesTheEarlierVersion() {
        byte[] exported = runAs.as(ADMIN, frameworks::exportCsv);
        FrameworkDetails before = runAs.as(ADMIN, frameworks::activeFramework);
        String text = new String(exported, StandardCharsets.UTF_8)
                .replaceFirst("\nDSDA02,[^\n]*", "")
                .replaceFirst("DSDA03,Data science analytics,", "DSDA03,Data engineering,")
                .replaceFirst("\nDSDA04,[^\n]*", "\nDSDA04,Data science analytics,Model validation,EDSF CF-DS r4")
                + "HDS-98,Health data science,Federated analysis across hospitals,local\n";
        byte[] changed = text.getBytes(StandardCharsets.UTF_8);
        int versions = runAs.as(ADMIN, frameworks::versions).size();

        FrameworkChanges changes = runAs.as(ADMIN, () -> frameworks.previewImport(changed));
        assertThat(changes.activeLabel()).isEqualTo(before.versionLabel());
        assertThat(changes.added()).extracting(CompetencySummary::code).containsExactly("HDS-98");
        assertThat(changes.removed()).extracting(CompetencySummary::code).containsExactly("DSDA02");
        assertThat(changes.regrouped()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("DSDA03");
            assertThat(c.after()).isEqualTo("Data engineering");
        });
        assertThat(changes.renamed()).extracting(FrameworkChanges.Change::code).containsExactly("DSDA04");
        assertThat(changes.profileEntriesAffected()).isNotNegative();
        assertThat(runAs.as(ADMIN, frameworks::versions)).as("a preview writes nothing").hasSize(versions);

        assertThatThrownBy(() -> runAs.as(ADMIN, () -> frameworks.importCsv(changed, "  ")))
                .isInstanceOf(FrameworkImportException.class).hasMessageContaining("label");
        FrameworkVersion imported = runAs.as(ADMIN, () -> frameworks.importCsv(changed, "Rollback test"));
        FrameworkDetails afterImport = runAs.as(ADMIN, frameworks::activeFramework);
        assertThat(afterImport.versionLabel()).isEqualTo("Rollback test");
        assertThat(afterImport.competencies()).as("the new version's competencies, not the kept ones of the earlier")
                .extracting(CompetencySummary::code).contains("HDS-98").doesNotContain("DSDA02");

        FrameworkVersion again = runAs.as(ADMIN, () -> frameworks.activate(before.id()));
        assertThat(again.active()).isTrue();
        FrameworkDetails reactivated = runAs.as(ADMIN, frameworks::activeFramework);
        assertThat(reactivated.versionLabel()).isEqualTo(before.versionLabel());
        assertThat(reactivated.competencies()).as("the earlier version's competencies again")
                .isEqualTo(before.competencies());
        assertThat(runAs.as(ADMIN, frameworks::versions)).filteredOn(FrameworkVersion::active).singleElement()
                .extracting(FrameworkVersion::id).isEqualTo(before.id());
        assertThat(runAs.as(ADMIN, frameworks::versions)).filteredOn(v -> v.id() == imported.id()).singleElement()
                .extracting(FrameworkVersion::active).isEqualTo(false);
    }

    @Test
    void onlyAdminsExportOrImport() {
        for (String who : List.of("student", "mentor", "supervisor", "partner", "coordinator")) {
            String email = who + "@demo.crossfield.org";
            assertThatThrownBy(() -> runAs.as(email, frameworks::exportCsv)).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(email, () -> frameworks.importCsv(new byte[] {1}, "x")))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(email, frameworks::versions)).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(email, () -> frameworks.previewImport(new byte[] {1})))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(email, () -> frameworks.activate(1L))).as(who).isInstanceOf(AccessDeniedException.class);
        }
    }
}
