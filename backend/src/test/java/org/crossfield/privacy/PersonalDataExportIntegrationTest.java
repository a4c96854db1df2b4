package org.crossfield.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;

/** "My data": one ZIP with every kind of a person's data, and nothing of anyone else's. */
@CrossfieldIntegrationTest
class PersonalDataExportIntegrationTest {

    @Autowired
    PersonalDataService data;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoStudentsExportHoldsEveryKindOfTheirDataAndNothingOfOthers() throws IOException {
        long student = runAs.idOf(PrivacyFixture.STUDENT);
        PersonalDataExport export = runAs.as(PrivacyFixture.STUDENT, () -> data.export(student));
        Map<String, byte[]> entries = unzip(export.zip());
        assertThat(export.fileName()).startsWith("crossfield-my-data-").endsWith(".zip");
        assertThat(entries.keySet()).contains("README.txt", "account.json", "roles.json", "profile.json", "applications.json",
                "agreements.json", "collaborations.json", "notifications.json", "consents.json", "matching.json", "postings.json",
                "audit.json");

        JsonNode account = PersonalDataService.JSON.readTree(entries.get("account.json"));
        assertThat(account.get("email").asString()).isEqualTo(PrivacyFixture.STUDENT);
        assertThat(PersonalDataService.JSON.readTree(entries.get("roles.json")).get("roles").toString()).contains("STUDENT");

        // each kind holds exactly the student's own rows
        assertThat(PersonalDataService.JSON.readTree(entries.get("profile.json")).size())
                .isEqualTo(count("select count(*) from profile_entry where user_id = ?", student)).isPositive();
        assertThat(PersonalDataService.JSON.readTree(entries.get("applications.json")).get("applications").size())
                .isEqualTo(count("select count(*) from application where student_id = ?", student));
        assertThat(PersonalDataService.JSON.readTree(entries.get("agreements.json")).get("agreements").size())
                .isEqualTo(count("select count(*) from agreement_party where user_id = ?", student));
        assertThat(PersonalDataService.JSON.readTree(entries.get("collaborations.json")).get("collaborations").size())
                .isEqualTo(count("select count(*) from collaboration where student_id = ? or supervisor_id = ? or mentor_id = ?",
                        student, student, student)).isPositive();
        assertThat(PersonalDataService.JSON.readTree(entries.get("notifications.json")).get("notifications").size())
                .isEqualTo(Math.min(20000, count("select count(*) from notification where user_id = ?", student)));
        JsonNode consents = PersonalDataService.JSON.readTree(entries.get("consents.json"));
        assertThat(consents.get("history").size()).isPositive();
        assertThat(new String(entries.get("README.txt"), StandardCharsets.UTF_8)).contains("Your data in Crossfield")
                .contains("applications.json");

        // nothing of anyone else: no other person's address appears anywhere in the export
        StringBuilder all = new StringBuilder();
        entries.forEach((name, bytes) -> all.append(new String(bytes, StandardCharsets.UTF_8)).append('\n'));
        String text = all.toString();
        List<String> others = jdbc.queryForList("select email from app_user where id <> ?", String.class, student);
        assertThat(others).hasSizeGreaterThan(5).noneSatisfy(email -> assertThat(text).contains("\"" + email + "\""));
    }

    @Test
    void theExportCarriesTheUploadedFilesAndTheErasureRequests() throws IOException {
        PrivacyFixture.StudentData fixture = new PrivacyFixture(jdbc, files).studentWithEverything();
        String email = fixture.person().email();
        ErasureRequestSummary request = runAs.as(email, () -> erasures.request());
        Map<String, byte[]> entries = unzip(runAs.as(email, () -> data.export(fixture.person().id())).zip());
        JsonNode applications = PersonalDataService.JSON.readTree(entries.get("applications.json")).get("applications");
        assertThat(applications.size()).isEqualTo(2);
        assertThat(entries).hasEntrySatisfying("files/cv/" + fixture.cvFile() + "-cv.pdf",
                bytes -> assertThat(new String(bytes, StandardCharsets.US_ASCII)).startsWith("%PDF-"));
        assertThat(applications.toString()).contains("I am " + fixture.person().name());
        assertThat(PersonalDataService.JSON.readTree(entries.get("consents.json")).get("erasureRequests").toString())
                .contains("REQUESTED");
        assertThat(PersonalDataService.JSON.readTree(entries.get("agreements.json")).toString()).contains("Agreement between");
        runAs.run(email, () -> erasures.cancelMyRequest());
        assertThat(request.id()).isPositive();
    }

    @Test
    void nobodyExportsAnotherPersonsData() {
        long student = runAs.idOf(PrivacyFixture.STUDENT);
        for (String who : List.of(PrivacyFixture.SUPERVISOR, PrivacyFixture.MENTOR, PrivacyFixture.PARTNER,
                PrivacyFixture.COORDINATOR, PrivacyFixture.ADMIN)) {
            assertThatThrownBy(() -> runAs.as(who, () -> data.export(student))).as(who).isInstanceOf(AccessDeniedException.class);
        }
        long admin = runAs.idOf(PrivacyFixture.ADMIN);
        assertThatThrownBy(() -> runAs.as(PrivacyFixture.STUDENT, () -> data.export(admin))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.export(student)).as("anonymous").isInstanceOf(Exception.class);
    }

    @Autowired
    ErasureService erasures;
    @Autowired
    org.crossfield.application.FileStorage files;

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
