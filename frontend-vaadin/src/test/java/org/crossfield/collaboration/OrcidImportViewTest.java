package org.crossfield.collaboration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.io.InputStream;
import org.crossfield.Application;
import org.crossfield.collaboration.ui.WorkspaceView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * "Import from ORCID" on a collaboration's workspace, against a local server answering as ORCID's public API v3.0 (the
 * backend's fixture): the works are listed with what the collaboration has set apart, the ticked ones are imported; and
 * ORCID being down is said in words. In this package to point the reader at the local server.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class OrcidImportViewTest extends SpringBrowserlessTest {

    static final String STUDENT = "student@demo.crossfield.org";
    static final String ORCID = "0000-0002-1825-0097";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrcidWorks works;

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
        orcid.stubFor(get(urlEqualTo("/v3.0/" + ORCID + "/works")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(fixture)));
        works.useBaseUrl(orcid.baseUrl());
        previousOrcid = jdbc.queryForObject("select orcid from app_user where email = ?", String.class, STUDENT);
        jdbc.update("update app_user set orcid = ? where email = ?", ORCID, STUDENT);
    }

    @AfterEach
    void stopOrcid() {
        jdbc.update("update app_user set orcid = ? where email = ?", previousOrcid, STUDENT);
        works.useBaseUrl("https://pub.orcid.org");
        if (orcid.isRunning()) {
            orcid.stop();
        }
    }

    private long collaboration() {
        return jdbc.queryForObject("select c.id from collaboration c join app_user u on u.id = c.student_id "
                + "where u.email = ? order by c.id limit 1", Long.class, STUDENT);
    }

    private int outcomes(long collaboration) {
        return jdbc.queryForObject("select count(*) from outcome where collaboration_id = ?", Integer.class, collaboration);
    }

    @Test
    @WithUserDetails(STUDENT)
    void theWorksAreListedAndTheTickedOnesImported() {
        long c = collaboration();
        jdbc.update("delete from outcome where collaboration_id = ? and (doi in (?, ?, ?) or title = ?)", c,
                "10.1234/hds.2024.001", "10.1234/orcid-dup.2023.7", "10.1007/978-3-031-00001-2_7",
                "Privacy budgets in federated survival analysis");
        navigate("collaborations/" + c, WorkspaceView.class);
        int before = outcomes(c);
        test($(Button.class).id("import-orcid")).click();

        assertThat($(Paragraph.class).id("orcid-summary").getText())
                .isEqualTo("ORCID iD " + ORCID + ": 4 to import, 0 already in this collaboration, 1 cannot be imported.");
        @SuppressWarnings("unchecked")
        Grid<ImportedPublication> grid = $(Grid.class).id("orcid-works");
        assertThat(test(grid).size()).isEqualTo(4);
        assertThat(test($(Grid.class).id("orcid-refused")).size()).isEqualTo(1);
        assertThat(test($(Grid.class).id("orcid-refused")).getCellText(0, 1)).as("said from its key")
                .contains("is a data-set in ORCID, not a publication: record it by hand as its outcome type.");
        assertThat($(Button.class).id("orcid-import-confirm").getText()).isEqualTo("Import 4 works");
        grid.asMultiSelect().deselect(grid.getListDataView().getItems()
                .filter(p -> p.doi() == null).toList());
        assertThat($(Button.class).id("orcid-import-confirm").getText()).isEqualTo("Import 3 works");
        test($(Button.class).id("orcid-import-confirm")).click();
        assertThat(outcomes(c)).isEqualTo(before + 3);

        // again: what was imported is set apart
        test($(Button.class).id("import-orcid")).click();
        assertThat($(Paragraph.class).id("orcid-summary").getText())
                .isEqualTo("ORCID iD " + ORCID + ": 1 to import, 3 already in this collaboration, 1 cannot be imported.");
    }

    @Test
    @WithUserDetails(STUDENT)
    void orcidBeingDownIsSaidInWords() {
        orcid.stop();
        navigate("collaborations/" + collaboration(), WorkspaceView.class);
        test($(Button.class).id("import-orcid")).click();
        assertThat($(Paragraph.class).id("orcid-problem").getText())
                .isEqualTo("ORCID cannot be reached just now. Nothing was imported; try again later.");
    }
}
