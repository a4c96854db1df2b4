package org.crossfield.collaboration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Importing a party's works from ORCID into a collaboration, against a local server (WireMock) that answers as ORCID's
 * public API v3.0 does ({@code /v3.0/{orcid}/works}, a fixture in its documented JSON), and when it does not: an iD
 * ORCID does not know (404), ORCID failing (503) or not there at all.
 */
@CrossfieldIntegrationTest
class OrcidImportIntegrationTest {

    static final String SUPERVISOR = OutcomeServiceIntegrationTest.SUPERVISOR;
    static final String ORCID = "0000-0002-1825-0097";
    static final String UNKNOWN = "0000-0001-5109-3700";

    @Autowired
    OrcidImportService orcidImport;
    @Autowired
    OrcidWorks works;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    WireMockServer orcid;
    String previousOrcid;

    @BeforeEach
    void startOrcid() throws IOException {
        orcid = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        orcid.start();
        byte[] fixture;
        try (InputStream in = getClass().getResourceAsStream("/orcid/works-" + ORCID + ".json")) {
            fixture = in.readAllBytes();
        }
        orcid.stubFor(get(urlEqualTo("/v3.0/" + ORCID + "/works")).withHeader("Accept", equalTo("application/json"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=UTF-8")
                        .withBody(fixture)));
        orcid.stubFor(get(urlEqualTo("/v3.0/" + UNKNOWN + "/works")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"response-code\":404,\"developer-message\":\"404 Not Found: The resource was not found.\"}")));
        works.useBaseUrl(orcid.baseUrl());
        previousOrcid = jdbc.queryForObject("select orcid from app_user where email = ?", String.class, SUPERVISOR);
        linkOrcid(ORCID);
    }

    @AfterEach
    void stopOrcid() {
        linkOrcid(previousOrcid);
        works.useBaseUrl("https://pub.orcid.org");
        if (orcid.isRunning()) {
            orcid.stop();
        }
    }

    private void linkOrcid(String id) {
        jdbc.update("update app_user set orcid = ? where email = ?", id, SUPERVISOR);
    }

    @Test
    void aPartyImportsTheChosenWorksAndWhatTheCollaborationHasIsMarkedNotImportedTwice() {
        long collaboration = OutcomeServiceIntegrationTest.demoCollaboration(jdbc);
        jdbc.update("delete from outcome where collaboration_id = ? and doi in (?, ?, ?)", collaboration,
                "10.1234/hds.2024.001", "10.1234/orcid-dup.2023.7", "10.1007/978-3-031-00001-2_7");
        jdbc.update("delete from outcome where collaboration_id = ? and title = ?", collaboration,
                "Privacy budgets in federated survival analysis");
        // the collaboration already has the conference paper (by DOI)
        runAs.run(SUPERVISOR, () -> outcomes.recordOutcome(new SaveOutcomeCmd(collaboration, "PUBLICATION",
                "Synthetic registries for method comparison", null, LocalDate.of(2023, 9, 1), "10.1234/orcid-dup.2023.7",
                null, null, 2023, "conference-paper", false, false, Set.of(), null, null, null, null, false)));

        PublicationPreview preview = runAs.as(SUPERVISOR, () -> orcidImport.readMyWorks(collaboration));

        orcid.verify(getRequestedFor(urlEqualTo("/v3.0/" + ORCID + "/works")).withHeader("Accept", equalTo("application/json")));
        assertThat(preview.format()).isEqualTo("ORCID");
        assertThat(preview.toImport()).extracting(ImportedPublication::title).containsExactly(
                "Early sepsis warning from federated ICU data", "Privacy budgets in federated survival analysis",
                "Governance of health data spaces");
        ImportedPublication article = preview.toImport().getFirst();
        assertThat(article.doi()).isEqualTo("10.1234/hds.2024.001");
        assertThat(article.occurredOn()).isEqualTo(LocalDate.of(2024, 5, 14));
        assertThat(article.venue()).isEqualTo("Journal of Health Data Science");
        assertThat(article.orcidWorkType()).isEqualTo("journal-article");
        ImportedPublication preprint = preview.toImport().get(1);
        assertThat(preprint.doi()).isNull();
        assertThat(preprint.year()).isEqualTo(2025);
        assertThat(preprint.occurredOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(preview.toImport().get(2).doi()).as("the group's DOI, as a resolver link")
                .isEqualTo("10.1007/978-3-031-00001-2_7");
        assertThat(preview.alreadyPresent()).extracting(ImportedPublication::doi).containsExactly("10.1234/orcid-dup.2023.7");
        assertThat(preview.refused()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("put-code 151004");
            assertThat(r.reason()).contains("data-set").contains("not a publication");
            assertThat(r.reasonKey()).isEqualTo("collaboration.orcid.refused.not-publication");
            assertThat(r.reasonArguments()).element(1).isEqualTo("data-set");
        });

        // the person chooses the article and the chapter, not the preprint
        ImportResult result = runAs.as(SUPERVISOR, () -> orcidImport.importWorks(new ImportPublicationsCmd(collaboration,
                List.of(article, preview.toImport().get(2)), true, false)));
        assertThat(result).isEqualTo(new ImportResult(2, 0));
        List<OutcomeSummary> recorded = runAs.as(SUPERVISOR, () -> outcomes.outcomes(collaboration));
        assertThat(recorded).filteredOn(o -> "10.1234/hds.2024.001".equals(o.doi())).singleElement()
                .satisfies(o -> assertThat(o.title()).isEqualTo("Early sepsis warning from federated ICU data"));

        // read again: the two imported works are now marked as present; importing them again adds nothing
        PublicationPreview again = runAs.as(SUPERVISOR, () -> orcidImport.readMyWorks(collaboration));
        assertThat(again.toImport()).extracting(ImportedPublication::title)
                .containsExactly("Privacy budgets in federated survival analysis");
        assertThat(again.alreadyPresent()).hasSize(3);
        assertThat(runAs.as(SUPERVISOR, () -> orcidImport.importWorks(new ImportPublicationsCmd(collaboration,
                List.of(article), true, false)))).isEqualTo(new ImportResult(0, 1));
    }

    @Test
    void anUnknownIdOrcidDownAndNoLinkedIdEachSaySoAndImportNothing() {
        long collaboration = OutcomeServiceIntegrationTest.demoCollaboration(jdbc);
        linkOrcid(UNKNOWN);
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> orcidImport.readMyWorks(collaboration)))
                .isInstanceOf(OrcidUnavailableException.class).hasMessageContaining("does not know the iD " + UNKNOWN)
                .satisfies(e -> assertThat(((OrcidUnavailableException) e).messageKey()).isEqualTo("collaboration.orcid.unknown-id"));

        linkOrcid(ORCID);
        orcid.resetAll();
        orcid.stubFor(get(urlEqualTo("/v3.0/" + ORCID + "/works")).willReturn(aResponse().withStatus(503)
                .withBody("<html>Service Unavailable</html>")));
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> orcidImport.readMyWorks(collaboration)))
                .isInstanceOf(OrcidUnavailableException.class).hasMessageContaining("cannot be reached")
                .satisfies(e -> assertThat(((OrcidUnavailableException) e).messageKey()).isEqualTo("collaboration.orcid.unavailable"));

        orcid.resetAll();
        orcid.stubFor(get(urlEqualTo("/v3.0/" + ORCID + "/works")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"group\": [ {")));
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> orcidImport.readMyWorks(collaboration)))
                .isInstanceOf(OrcidUnavailableException.class).hasMessageContaining("cannot be reached");

        orcid.stop();
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> orcidImport.readMyWorks(collaboration)))
                .isInstanceOf(OrcidUnavailableException.class).hasMessageContaining("cannot be reached");

        linkOrcid(null);
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> orcidImport.readMyWorks(collaboration)))
                .isInstanceOf(OrcidUnavailableException.class).hasMessageContaining("My account")
                .satisfies(e -> assertThat(((OrcidUnavailableException) e).messageKey()).isEqualTo("collaboration.orcid.no-id"));
    }

    @Test
    void onlyPartiesImportIntoACollaboration() {
        long collaboration = OutcomeServiceIntegrationTest.demoCollaboration(jdbc);
        List<String> refused = new java.util.ArrayList<>(OutcomeServiceIntegrationTest.outsiders(jdbc, collaboration));
        refused.add(OutcomeServiceIntegrationTest.foreignPartner(jdbc, collaboration));
        refused.add(OutcomeServiceIntegrationTest.ADMIN);
        refused.add(OutcomeServiceIntegrationTest.COORDINATOR); // reads the collaboration, records nothing in it
        for (String other : refused) {
            assertThatThrownBy(() -> runAs.run(other, () -> orcidImport.readMyWorks(collaboration))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.run(other, () -> orcidImport.importWorks(new ImportPublicationsCmd(collaboration,
                    List.of(new ImportedPublication("put-code 1", 1, "Not mine", null, null, 2024, LocalDate.of(2024, 1, 1),
                            null, null, null)), false, false)))).as(other).isInstanceOf(AccessDeniedException.class);
        }
        orcid.verify(0, getRequestedFor(urlEqualTo("/v3.0/" + ORCID + "/works")));
    }
}
