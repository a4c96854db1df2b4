package org.crossfield.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crossfield.Application;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.PostingType;
import org.crossfield.application.SaveApplicationCmd;
import org.crossfield.identity.ApiTokenScope;
import org.crossfield.identity.ApiTokenService;
import org.crossfield.identity.CreateApiTokenCmd;
import org.crossfield.marketplace.ApprovalService;
import org.crossfield.marketplace.ChallengeDraft;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.GovernanceTerms;
import org.crossfield.marketplace.PostingKind;
import org.crossfield.marketplace.RequiredCompetency;
import org.crossfield.marketplace.Visibility;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's workspace, report, mentor and review-team operations over real HTTP, each with its refusals as problem
 * documents: collaborations and outcomes (with a BibTeX import), the KPI report as JSON and files, mentor
 * recommendations, and the review team's steps on an application.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiWorkspaceIT {

    static final String PARTNER = "partner@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";
    static final String STUDENT = "student@demo.crossfield.org";
    static final String SUPERVISOR = "supervisor@demo.crossfield.org";
    static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;
    @Autowired
    RunAs runAs;
    @Autowired
    ApiTokenService tokenService;
    @Autowired
    ChallengeService challenges;
    @Autowired
    ApprovalService approvals;
    @Autowired
    ApplicationService applications;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void partiesListAndRecordOutcomesAndImportABibliographyCoordinatorsReadOutsidersSeeNothing() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        long c = OwnCollaboration.of(jdbc, STUDENT, "API workspace " + word);
        String student = token(STUDENT, ApiTokenScope.READ, ApiTokenScope.WRITE);
        String coordinator = token(coordinatorOf(c), ApiTokenScope.READ, ApiTokenScope.WRITE);

        HttpResponse<String> mine = send("GET", "/api/v1/collaborations", student, null);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(json.readTree(mine.body()).valueStream().map(n -> n.get("id").asLong()).toList()).contains(c);
        assertThat(send("GET", "/api/v1/collaborations/" + c, student, null).statusCode()).isEqualTo(200);

        HttpResponse<String> recorded = send("POST", "/api/v1/collaborations/" + c + "/outcomes", student, """
                {"typeCode": "COLLABORATION", "title": "Partnership %s", "description": "A new partner joined.",
                 "occurredOn": "%s", "isPublic": false}""".formatted(word, LocalDate.now(ZoneOffset.UTC).minusDays(3)));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        long outcome = json.readTree(recorded.body()).get("id").asLong();
        assertThat(json.readTree(recorded.body()).get("typeCode").asString()).isEqualTo("COLLABORATION");
        assertThat(json.readTree(recorded.body()).get("openAccess").asBoolean()).as("absent flags mean no").isFalse();
        assertThat(json.readTree(recorded.body()).get("isPublic").asBoolean()).isFalse();
        assertThat(recorded.headers().firstValue("Location")).hasValue("/api/v1/collaborations/" + c + "/outcomes/" + outcome);

        HttpResponse<String> listed = send("GET", "/api/v1/collaborations/" + c + "/outcomes", coordinator, null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(json.readTree(listed.body()).valueStream().map(n -> n.get("id").asLong()).toList()).contains(outcome);

        // invalid input: every invalid field; the service's own check as a problem too
        JsonNode invalid = problem(send("POST", "/api/v1/collaborations/" + c + "/outcomes", student,
                "{\"typeCode\": \"\", \"title\": \"\"}"), 422, "invalid-input");
        assertThat(invalid.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("typeCode", "title");
        problem(send("POST", "/api/v1/collaborations/" + c + "/outcomes", student,
                "{\"typeCode\": \"NO_SUCH_TYPE\", \"title\": \"T " + word + "\"}"), 422, "invalid-input");

        // a coordinator reads but records nothing; a read-only token writes nothing; an outsider sees nothing
        problem(send("POST", "/api/v1/collaborations/" + c + "/outcomes", coordinator,
                "{\"typeCode\": \"COLLABORATION\", \"title\": \"Not mine " + word + "\"}"), 403, "forbidden");
        problem(send("POST", "/api/v1/collaborations/" + c + "/outcomes", token(STUDENT, ApiTokenScope.READ),
                "{\"typeCode\": \"COLLABORATION\", \"title\": \"Read only " + word + "\"}"), 403, "missing-scope");
        String outsider = token(outsiderStudent(c), ApiTokenScope.READ, ApiTokenScope.WRITE);
        problem(send("GET", "/api/v1/collaborations/" + c + "/outcomes", outsider, null), 404, "not-found");
        problem(send("POST", "/api/v1/collaborations/" + c + "/outcomes", outsider,
                "{\"typeCode\": \"COLLABORATION\", \"title\": \"Outsider " + word + "\"}"), 404, "not-found");
        problem(send("GET", "/api/v1/collaborations/" + c, null, null), 401, "unauthenticated");
        assertThat(jdbc.queryForObject("select count(*) from outcome where title like ?", Integer.class, "% " + word))
                .isEqualTo(1);

        // a BibTeX file: one publication recorded, one broken entry listed; the same file again records nothing new
        String bibtex = """
                @article{good%s,
                  title = {Sepsis in calendars %s},
                  author = {Doe, Jane and Roe, Richard},
                  journal = {Journal of Tests},
                  year = {2025},
                  doi = {10.5555/%s}
                }
                @article{broken%s,
                  author = {Nobody},
                  year = {2025}
                }
                """.formatted(word, word, word, word);
        HttpResponse<String> imported = sendRaw("POST", "/api/v1/collaborations/" + c + "/outcomes/import?fileName=refs.bib",
                student, bibtex, "application/x-bibtex");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode result = json.readTree(imported.body());
        assertThat(result.get("imported").asInt()).isEqualTo(1);
        assertThat(result.at("/preview/refused").size()).isEqualTo(1);
        assertThat(result.at("/preview/refused/0/key").asString()).isEqualTo("broken" + word);
        assertThat(result.at("/preview/refused/0/reason").asString()).as("the reason in English").isEqualTo("It has no title.");
        JsonNode again = json.readTree(sendRaw("POST", "/api/v1/collaborations/" + c + "/outcomes/import?fileName=refs.bib",
                student, bibtex, "application/x-bibtex").body());
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("skippedDuplicates").asInt()).isEqualTo(1);
        problem(sendRaw("POST", "/api/v1/collaborations/" + c + "/outcomes/import?fileName=refs.bib", coordinator, bibtex,
                "application/x-bibtex"), 403, "forbidden");
        assertThat(jdbc.queryForObject("select count(*) from outcome where doi = ?", Integer.class, "10.5555/" + word))
                .isEqualTo(1);
    }

    @Test
    void theKpiReportAsJsonAndFilesForItsCoordinatorsOnly() throws Exception {
        long programme = jdbc.queryForObject("select min(pc.programme_id) from programme_coordinator pc join app_user u"
                + " on u.id = pc.user_id where u.email = ?", Long.class, COORDINATOR);
        String coordinator = token(COORDINATOR, ApiTokenScope.READ);
        String query = "?programme=" + programme + "&from=2024-01-01&to=2026-12-31";

        HttpResponse<String> programmes = send("GET", "/api/v1/reports/programmes", coordinator, null);
        assertThat(programmes.statusCode()).isEqualTo(200);
        assertThat(json.readTree(programmes.body()).valueStream().map(n -> n.get("id").asLong()).toList()).contains(programme);

        HttpResponse<String> report = send("GET", "/api/v1/reports/kpi" + query, coordinator, null);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode kpis = json.readTree(report.body()).get("kpis");
        assertThat(kpis.valueStream().map(k -> k.get("code").asString()).toList()).contains("COLLABORATIONS_STARTED");
        assertThat(json.readTree(report.body()).at("/filter/from").asString()).isEqualTo("2024-01-01");

        HttpResponse<byte[]> csv = download("/api/v1/reports/kpi.csv" + query, coordinator);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("COLLABORATIONS_STARTED");
        HttpResponse<byte[]> xlsx = download("/api/v1/reports/kpi.xlsx" + query, coordinator);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith('P', 'K');
        HttpResponse<byte[]> pdf = download("/api/v1/reports/kpi.pdf" + query, coordinator);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        problem(send("GET", "/api/v1/reports/kpi?programme=" + programme + "&from=2026-12-31&to=2026-01-01", coordinator,
                null), 422, "invalid-input");
        problem(send("GET", "/api/v1/reports/kpi?programme=" + programme + "&from=2026-01-01", coordinator, null), 422,
                "invalid-input");
        problem(send("GET", "/api/v1/reports/kpi?programme=" + programme + "&from=yesterday&to=2026-01-01", coordinator,
                null), 422, "invalid-input");
        problem(send("GET", "/api/v1/reports/kpi" + query, token(STUDENT, ApiTokenScope.READ), null), 403, "forbidden");
        problem(send("GET", "/api/v1/reports/kpi.pdf" + query, token(STUDENT, ApiTokenScope.READ), null), 403, "forbidden");
        Long foreign = jdbc.queryForList("select p.id from programme p where not exists (select 1 from programme_coordinator c"
                + " join app_user u on u.id = c.user_id where c.programme_id = p.id and u.email = ?) order by p.id",
                Long.class, COORDINATOR).stream().findFirst().orElse(null);
        if (foreign != null) {
            problem(send("GET", "/api/v1/reports/kpi?programme=" + foreign, coordinator, null), 403, "forbidden");
        }
    }

    @Test
    void aSupervisorGetsMentorRecommendationsForTheirProjectAndOthersDoNot() throws Exception {
        String supervisor = token(SUPERVISOR, ApiTokenScope.READ, ApiTokenScope.WRITE);
        HttpResponse<String> created = send("POST", "/api/v1/projects", supervisor, """
                {"programmeId": %d, "title": "Mentors for %s", "researchQuestion": "Can federated learning find sepsis earlier?",
                 "mentorSlots": 1, "requirements": [{"competencyCode": "DSDA01", "level": 3, "weight": 1.5, "mustHave": true}],
                 "governance": {"dataTier": "SYNTHETIC", "accessModel": "FEDERATED", "ethicsApprovalNeeded": false,
                                "dpiaNeeded": false, "dataSharingAgreementNeeded": false}}"""
                .formatted(supervisedProgramme(), UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long project = json.readTree(created.body()).at("/id").asLong();

        HttpResponse<String> mentors = send("GET", "/api/v1/projects/" + project + "/mentors?k=3", supervisor, null);
        assertThat(mentors.statusCode()).as(mentors.body()).isEqualTo(200);
        JsonNode body = json.readTree(mentors.body());
        assertThat(body.get("mentors").size()).isBetween(1, 3);
        assertThat(body.at("/mentors/0/lines").isArray()).isTrue();
        assertThat(body.get("mentorsConsidered").asLong()).isPositive();

        problem(send("GET", "/api/v1/projects/" + project + "/mentors?k=0", supervisor, null), 422, "invalid-input");
        problem(send("GET", "/api/v1/projects/" + project + "/mentors", token(STUDENT, ApiTokenScope.READ), null), 404, "not-found");
        problem(send("GET", "/api/v1/projects/999999999/mentors", supervisor, null), 404, "not-found");
    }

    @Test
    void theReviewTeamTakesAnApplicationIntoReviewNotesItAndDeclaresAConflictWithAReason() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        long programme = jdbc.queryForObject("select min(id) from programme", Long.class);
        long challenge = runAs.as(PARTNER, () -> challenges.createDraft(new ChallengeDraft(programme, "Review " + word,
                "Reviewing through the API", "A longer description of the work.", null, null,
                LocalDate.now(ZoneOffset.UTC).plusDays(30), null, null, Visibility.PUBLIC, Set.of(),
                List.of(new RequiredCompetency("DSDA01", 3, 1.0, false)), GovernanceTerms.sandbox())));
        runAs.run(PARTNER, () -> challenges.submit(challenge));
        runAs.run(COORDINATOR, () -> approvals.approve(PostingKind.CHALLENGE, challenge));
        long application = runAs.as(STUDENT, () -> applications.submit(new SaveApplicationCmd(PostingType.CHALLENGE,
                challenge, "I know ICU data (" + word + ").", Map.of(), null))).id();
        String partner = token(PARTNER, ApiTokenScope.READ, ApiTokenScope.WRITE);
        String student = token(STUDENT, ApiTokenScope.READ, ApiTokenScope.WRITE);

        problem(send("POST", "/api/v1/applications/" + application + "/under-review", student, null), 403, "forbidden");
        HttpResponse<String> underReview = send("POST", "/api/v1/applications/" + application + "/under-review", partner, null);
        assertThat(underReview.statusCode()).as(underReview.body()).isEqualTo(200);
        assertThat(json.readTree(underReview.body()).at("/summary/status").asString()).isEqualTo("UNDER_REVIEW");

        HttpResponse<String> notes = send("POST", "/api/v1/applications/" + application + "/notes", partner,
                "{\"text\": \"Strong on data, " + word + "\"}");
        assertThat(notes.statusCode()).as(notes.body()).isEqualTo(200);
        assertThat(json.readTree(notes.body()).valueStream().map(n -> n.get("text").asString()).toList())
                .contains("Strong on data, " + word);
        problem(send("GET", "/api/v1/applications/" + application + "/notes", student, null), 403, "forbidden");
        problem(send("POST", "/api/v1/applications/" + application + "/notes", partner, "{\"text\": \"\"}"), 422, "invalid-input");

        HttpResponse<String> review = send("GET", "/api/v1/applications/" + application + "/review", partner, null);
        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        assertThat(json.readTree(review.body()).get("conflicted").asBoolean()).isFalse();

        JsonNode noReason = problem(send("POST", "/api/v1/applications/" + application + "/conflict", partner,
                "{\"reason\": \" \"}"), 422, "invalid-input");
        assertThat(noReason.at("/errors/0/field").asString()).isEqualTo("reason");
        HttpResponse<String> conflict = send("POST", "/api/v1/applications/" + application + "/conflict", partner,
                "{\"reason\": \"I supervised this student before.\"}");
        assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(200);
        assertThat(json.readTree(conflict.body()).get("conflicted").asBoolean()).isTrue();
        assertThat(json.readTree(conflict.body()).get("canScore").asBoolean()).isFalse();

        String otherPartner = jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'PARTNER'
                where u.organisation_id <> (select organisation_id from app_user where email = ?) and u.status = 'ACTIVE'
                and u.enabled = true order by u.id limit 1""", String.class, PARTNER);
        problem(send("POST", "/api/v1/applications/" + application + "/under-review",
                token(otherPartner, ApiTokenScope.READ, ApiTokenScope.WRITE), null), 404, "not-found");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private String token(String email, ApiTokenScope... scopes) {
        return runAs.as(email, () -> tokenService.create(new CreateApiTokenCmd("API workspace test",
                LocalDate.now(ZoneOffset.UTC).plusDays(7), Set.of(scopes)))).token();
    }

    private String coordinatorOf(long collaboration) {
        return jdbc.queryForObject("""
                select u.email from collaboration c join programme_coordinator pc on pc.programme_id = c.programme_id
                join app_user u on u.id = pc.user_id where c.id = ? and u.status = 'ACTIVE' and u.enabled = true
                order by u.email = ? desc, u.id limit 1""", String.class, collaboration, COORDINATOR);
    }

    private String outsiderStudent(long collaboration) {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'STUDENT'
                where u.status = 'ACTIVE' and u.enabled = true and u.password_hash is not null
                and u.id <> (select student_id from collaboration where id = ?)
                and u.id not in (select coalesce(supervisor_id, 0) from collaboration where id = ?)
                and u.id not in (select coalesce(mentor_id, 0) from collaboration where id = ?)
                and u.organisation_id <> (select coalesce(partner_organisation_id, 0) from collaboration where id = ?)
                order by u.id limit 1""", String.class, collaboration, collaboration, collaboration, collaboration);
    }

    private long supervisedProgramme() {
        return jdbc.queryForObject("select min(id) from programme", Long.class);
    }

    private JsonNode problem(HttpResponse<String> response, int status, String kind) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(PROBLEM_JSON);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:crossfield:problem:" + kind);
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
        return problem;
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return sendRaw(method, path, token, body, body == null ? null : "application/json");
    }

    private HttpResponse<String> sendRaw(String method, String path, String token, String body, String contentType)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
