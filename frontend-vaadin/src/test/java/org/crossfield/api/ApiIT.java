package org.crossfield.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crossfield.Application;
import org.crossfield.identity.ApiArea;
import org.crossfield.identity.ApiTokenScope;
import org.crossfield.identity.ApiTokenScope.Access;
import org.crossfield.identity.ApiTokenService;
import org.crossfield.identity.CreateApiTokenCmd;
import org.crossfield.identity.NewApiToken;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API through real HTTP against the whole application on a random port and the test database: tokens made
 * by their people, the challenge → approval → public list → application → offer journey, every refusal as its
 * problem document, and the OpenAPI document. Fixtures are made here (a word of this run finds them).
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiIT {

    static final String PARTNER = "partner@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";
    static final String STUDENT = "student@demo.crossfield.org";
    static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;
    @Autowired
    RunAs runAs;
    @Autowired
    ApiTokenService tokenService;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();

    // ---- the journey -------------------------------------------------------------------------------------------------

    @Test
    void aPartnerPostsACoordinatorApprovesAnyoneSeesItAStudentAppliesAndThePartnerOffers() throws Exception {
        String word = "kakapo" + System.nanoTime() % 1_000_000;
        String partner = token(PARTNER, ApiTokenScope.READ, ApiTokenScope.WRITE);
        String coordinator = token(COORDINATOR, ApiTokenScope.READ, ApiTokenScope.WRITE);
        String student = token(STUDENT, ApiTokenScope.READ, ApiTokenScope.WRITE);

        HttpResponse<String> me = send("GET", "/api/v1/me", partner, null);
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode who = json.readTree(me.body());
        assertThat(who.get("email").asString()).isEqualTo(PARTNER);
        assertThat(who.get("roles").toString()).isEqualTo("[\"PARTNER\"]");
        assertThat(who.get("organisationName").asString()).isNotBlank();
        assertThat(who.get("id").asLong()).isEqualTo(runAs.idOf(PARTNER));

        // the partner's draft, updated with If-Match, submitted
        HttpResponse<String> created = send("POST", "/api/v1/challenges", partner, challenge("Sepsis " + word, 20));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long challengeId = json.readTree(created.body()).get("id").asLong();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/challenges/" + challengeId);
        assertThat(json.readTree(created.body()).get("status").asString()).isEqualTo("DRAFT");
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> updated = send("PUT", "/api/v1/challenges/" + challengeId, partner,
                challenge("Early sepsis " + word, 25), "If-Match", etag);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json.readTree(updated.body()).at("/content/title").asString()).isEqualTo("Early sepsis " + word);
        String newEtag = updated.headers().firstValue("ETag").orElseThrow();
        assertThat(newEtag).isNotEqualTo(etag);

        HttpResponse<String> stale = send("PUT", "/api/v1/challenges/" + challengeId, partner,
                challenge("Lost update " + word, 25), "If-Match", etag);
        problem(stale, 409, "version-conflict");
        problem(send("PUT", "/api/v1/challenges/" + challengeId, partner, challenge("No If-Match " + word, 25)),
                428, "if-match-required");
        HttpResponse<String> read = send("GET", "/api/v1/challenges/" + challengeId, partner, null);
        assertThat(read.headers().firstValue("ETag")).contains(newEtag);
        assertThat(json.readTree(read.body()).at("/content/title").asString()).isEqualTo("Early sepsis " + word);

        problem(send("POST", "/api/v1/challenges/" + challengeId + "/approve", coordinator, null), 409, "illegal-transition");
        HttpResponse<String> submitted = send("POST", "/api/v1/challenges/" + challengeId + "/submit", partner, null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(json.readTree(submitted.body()).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(listAnonymously(word)).as("not public before approval").isEmpty();

        // the coordinator's token approves it
        HttpResponse<String> queue = send("GET", "/api/v1/approvals", coordinator, null);
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(ids(json.readTree(queue.body()))).contains(challengeId);
        problem(send("POST", "/api/v1/challenges/" + challengeId + "/approve", student, null), 404, "not-found");
        HttpResponse<String> approved = send("POST", "/api/v1/challenges/" + challengeId + "/approve", coordinator, null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json.readTree(approved.body()).get("status").asString()).isEqualTo("OPEN");

        problem(send("POST", "/api/v1/challenges/" + challengeId + "/send-back", student, "{\"comment\": \"No\"}"), 403,
                "forbidden");

        // anyone sees it, as JSON and as Atom
        assertThat(listAnonymously(word)).containsExactly(challengeId);
        HttpResponse<String> page = send("GET", "/api/v1/postings?kind=CHALLENGE&competency=HDS-04&dataTier=SYNTHETIC&text="
                + word + "&page=0&size=5", null, null);
        JsonNode list = json.readTree(page.body());
        assertThat(list.get("items").get(0).get("link").asString()).endsWith("/challenges/" + challengeId);
        assertThat(list.get("size").asInt()).isEqualTo(5);
        assertThat(list.get("hasNext").asBoolean()).isFalse();
        assertThat(listAnonymously(word + " nothingelse")).isEmpty();
        HttpResponse<String> atom = send("GET", "/api/v1/postings.atom?text=" + word, null, null);
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(atom.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        Document feed = xml.newDocumentBuilder().parse(new ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(1);
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(1).getTextContent())
                .isEqualTo("Early sepsis " + word);

        // the student's token applies
        HttpResponse<String> draft = send("POST", "/api/v1/applications", student,
                "{\"postingType\":\"CHALLENGE\",\"postingId\":" + challengeId + ",\"motivation\":\"I know sepsis data.\"}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        long applicationId = json.readTree(draft.body()).at("/summary/id").asLong();
        assertThat(json.readTree(draft.body()).at("/summary/status").asString()).isEqualTo("DRAFT");
        HttpResponse<String> sent = send("POST", "/api/v1/applications/" + applicationId + "/submit", student, null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(json.readTree(sent.body()).at("/summary/status").asString()).isEqualTo("SUBMITTED");
        assertThat(ids(json.readTree(send("GET", "/api/v1/applications/mine", student, null).body()))).contains(applicationId);

        // the partner's token lists it and makes an offer
        HttpResponse<String> received = send("GET", "/api/v1/applications/received", partner, null);
        assertThat(received.statusCode()).isEqualTo(200);
        assertThat(ids(json.readTree(received.body()))).contains(applicationId);
        problem(send("POST", "/api/v1/applications/" + applicationId + "/offer", student, null), 403, "forbidden");
        problem(send("POST", "/api/v1/applications/" + applicationId + "/offer", partner, null), 422, "invalid-input");
        assertThat(status(send("POST", "/api/v1/applications/" + applicationId + "/shortlist", partner, null)))
                .isEqualTo("SHORTLISTED");
        assertThat(status(send("POST", "/api/v1/applications/" + applicationId + "/offer", partner, null)))
                .isEqualTo("OFFERED");
        assertThat(status(send("GET", "/api/v1/applications/" + applicationId, student, null))).isEqualTo("OFFERED");
        problem(send("GET", "/api/v1/applications/" + applicationId, coordinatorOfAnotherProgramme(), null), 404, "not-found");
    }

    @Test
    void aSupervisorPostsAPhdProjectThatOpensAfterApproval() throws Exception {
        String word = "takahe" + System.nanoTime() % 1_000_000;
        String supervisor = token("supervisor@demo.crossfield.org", ApiTokenScope.READ, ApiTokenScope.WRITE);
        String coordinator = token(COORDINATOR, ApiTokenScope.READ, ApiTokenScope.WRITE);
        HttpResponse<String> created = send("POST", "/api/v1/projects", supervisor, project("Federated " + word));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> updated = send("PUT", "/api/v1/projects/" + id, supervisor, project("Federated learning " + word),
                "If-Match", etag);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        problem(send("PUT", "/api/v1/projects/" + id, supervisor, project("Stale " + word), "If-Match", etag), 409,
                "version-conflict");
        problem(send("GET", "/api/v1/projects/" + id, token(STUDENT, ApiTokenScope.READ), null), 404, "not-found");
        assertThat(json.readTree(send("POST", "/api/v1/projects/" + id + "/submit", supervisor, null).body())
                .get("status").asString()).isEqualTo("SUBMITTED");
        problem(send("POST", "/api/v1/projects/" + id + "/approve", supervisor, null), 403, "forbidden");
        HttpResponse<String> approved = send("POST", "/api/v1/projects/" + id + "/approve", coordinator, null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json.readTree(approved.body()).get("status").asString()).isEqualTo("OPEN");
        HttpResponse<String> list = send("GET", "/api/v1/postings?kind=PROJECT&text=" + word, null, null);
        assertThat(ids(json.readTree(list.body()).get("items"))).containsExactly(id);
        JsonNode bad = problem(send("POST", "/api/v1/projects", supervisor, "{\"mentorSlots\": 3}"), 422, "invalid-input");
        List<String> fields = new ArrayList<>();
        bad.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("programmeId", "title", "researchQuestion", "mentorSlots",
                "requirements", "governance");
    }

    // ---- refusals ----------------------------------------------------------------------------------------------------

    @Test
    void withoutAValidTokenNothingButThePublicListAnswers() throws Exception {
        JsonNode none = problem(send("GET", "/api/v1/me", null, null), 401, "unauthenticated");
        assertThat(none.get("detail").asString()).contains("Bearer");
        problem(send("GET", "/api/v1/me", ApiTokenService.TOKEN_PREFIX + "made-up", null), 401, "unauthenticated");
        HttpResponse<String> basic = http.send(request("GET", "/api/v1/me", null, null)
                .header("Authorization", "Basic cGFydG5lcjpkZW1v").build(), HttpResponse.BodyHandlers.ofString());
        problem(basic, 401, "unauthenticated");
        assertThat(basic.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(basic.headers().firstValue("Set-Cookie")).as("no session").isEmpty();

        NewApiToken revoked = made(PARTNER, ApiTokenScope.READ);
        assertThat(send("GET", "/api/v1/me", revoked.token(), null).statusCode()).isEqualTo(200);
        runAs.run(PARTNER, () -> tokenService.revoke(revoked.summary().id()));
        assertThat(problem(send("GET", "/api/v1/me", revoked.token(), null), 401, "unauthenticated").get("detail")
                .asString()).contains("revoked");

        NewApiToken expired = made(PARTNER, ApiTokenScope.READ);
        jdbc.update("update api_token set expires_at = timestampadd(second, -1, utc_timestamp(6)) where id = ?",
                expired.summary().id());
        assertThat(problem(send("GET", "/api/v1/me", expired.token(), null), 401, "unauthenticated").get("detail")
                .asString()).contains("expired");

        assertThat(send("GET", "/api/v1/postings", null, null).statusCode()).isEqualTo(200);
        problem(send("POST", "/api/v1/challenges", null, challenge("Anonymous", 20)), 401, "unauthenticated");
    }

    @Test
    void aTokenReachesNothingItsPersonOrItsScopesCannot() throws Exception {
        String readOnly = token(PARTNER, ApiTokenScope.READ);
        assertThat(problem(send("POST", "/api/v1/challenges", readOnly, challenge("Read only", 20)), 403, "missing-scope")
                .get("detail").asString()).contains("write");
        String writeOnly = token(PARTNER, ApiTokenScope.WRITE);
        problem(send("GET", "/api/v1/me", writeOnly, null), 403, "missing-scope");

        String student = token(STUDENT, ApiTokenScope.READ, ApiTokenScope.WRITE);
        problem(send("POST", "/api/v1/challenges", student, challenge("A student's challenge", 20)), 403, "forbidden");
        problem(send("GET", "/api/v1/approvals", student, null), 403, "forbidden");
        problem(send("GET", "/api/v1/applications/received", student, null), 403, "forbidden");

        // another organisation's draft does not exist for this partner
        String partner = token(PARTNER, ApiTokenScope.READ, ApiTokenScope.WRITE);
        long draft = json.readTree(send("POST", "/api/v1/challenges", partner, challenge("Private draft", 20)).body())
                .get("id").asLong();
        String other = token(otherPartner(), ApiTokenScope.READ, ApiTokenScope.WRITE);
        problem(send("GET", "/api/v1/challenges/" + draft, other, null), 404, "not-found");
        problem(send("POST", "/api/v1/challenges/" + draft + "/submit", other, null), 404, "not-found");
        problem(send("GET", "/api/v1/challenges/" + draft, student, null), 404, "not-found");
        problem(send("GET", "/api/v1/challenges/999999999", partner, null), 404, "not-found");
        problem(send("GET", "/api/v1/applications/999999999", partner, null), 404, "not-found");
        HttpResponse<String> unknown = send("GET", "/api/v1/no-such-thing", partner, null);
        problem(unknown, 404, "not-found");
    }

    @Test
    void aTokenWithAreaScopesActsOnlyInItsAreasAndTheRefusalNamesTheScope() throws Exception {
        String postingsReader = token(PARTNER, ApiTokenScope.of(ApiArea.POSTINGS, Access.READ));
        HttpResponse<String> mine = send("GET", "/api/v1/challenges", postingsReader, null);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/postings?kind=CHALLENGE", postingsReader, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/me", postingsReader, null).statusCode()).as("any read scope reads /me").isEqualTo(200);

        JsonNode write = problem(send("POST", "/api/v1/applications", postingsReader,
                "{\"postingType\":\"CHALLENGE\",\"postingId\":1,\"motivation\":\"x\"}"), 403, "missing-scope");
        assertThat(write.get("detail").asString()).isEqualTo("This token lacks the scope applications:write.");
        assertThat(problem(send("GET", "/api/v1/applications/received", postingsReader, null), 403, "missing-scope")
                .get("detail").asString()).isEqualTo("This token lacks the scope applications:read.");
        assertThat(problem(send("POST", "/api/v1/challenges", postingsReader, challenge("Area read only", 20)), 403,
                "missing-scope").get("detail").asString()).isEqualTo("This token lacks the scope postings:write.");
        assertThat(problem(send("GET", "/api/v1/projects/1/mentors", postingsReader, null), 403, "missing-scope")
                .get("detail").asString()).as("the mentors of a project are their own area")
                .isEqualTo("This token lacks the scope mentors:read.");
        assertThat(problem(send("GET", "/api/v1/no-such-thing", postingsReader, null), 403, "missing-scope")
                .get("detail").asString()).as("a path of no area needs every area's scope")
                .isEqualTo("This token lacks the scope read.");

        // a write of one area: it changes there, and neither reads (not even /me) nor writes elsewhere
        String postingsWriter = token(PARTNER, ApiTokenScope.of(ApiArea.POSTINGS, Access.WRITE));
        HttpResponse<String> created = send("POST", "/api/v1/challenges", postingsWriter, challenge("Area write", 20));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();
        assertThat(problem(send("GET", "/api/v1/challenges/" + id, postingsWriter, null), 403, "missing-scope")
                .get("detail").asString()).isEqualTo("This token lacks the scope postings:read.");
        assertThat(problem(send("GET", "/api/v1/me", postingsWriter, null), 403, "missing-scope").get("detail")
                .asString()).contains("read scope");

        // a scope never adds a right: the student's postings:write token still may not post a challenge
        String student = token(STUDENT, ApiTokenScope.of(ApiArea.POSTINGS, Access.WRITE));
        problem(send("POST", "/api/v1/challenges", student, challenge("Not a partner", 20)), 403, "forbidden");
    }

    @Test
    void aTokenOfTheFirstKindWithPlainReadAndWriteStillActsInEveryArea() throws Exception {
        // as the first tokens were stored, before areas: READ,WRITE (the enum's names)
        String legacy = legacyToken(PARTNER, "READ,WRITE");
        assertThat(send("GET", "/api/v1/me", legacy, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/applications/received", legacy, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/webhooks", legacy, null).statusCode()).isEqualTo(200);
        HttpResponse<String> created = send("POST", "/api/v1/challenges", legacy, challenge("Legacy token", 20));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        String legacyReader = legacyToken(PARTNER, "READ");
        assertThat(send("GET", "/api/v1/challenges", legacyReader, null).statusCode()).isEqualTo(200);
        assertThat(problem(send("POST", "/api/v1/challenges", legacyReader, challenge("Legacy reader", 20)), 403,
                "missing-scope").get("detail").asString()).isEqualTo("This token lacks the scope postings:write.");
    }

    @Test
    void invalidInputListsEveryInvalidField() throws Exception {
        String partner = token(PARTNER, ApiTokenScope.READ, ApiTokenScope.WRITE);
        JsonNode empty = problem(send("POST", "/api/v1/challenges", partner, "{}"), 422, "invalid-input");
        List<String> fields = new ArrayList<>();
        empty.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("programmeId", "title", "summary", "description", "deadline",
                "visibility", "requirements", "governance");

        JsonNode badEnum = problem(send("POST", "/api/v1/challenges", partner,
                challenge("Bad visibility", 20).replace("\"PUBLIC\"", "\"SECRET\"")), 422, "invalid-input");
        assertThat(badEnum.at("/errors/0/field").asString()).isEqualTo("visibility");

        JsonNode rules = problem(send("POST", "/api/v1/challenges", partner, challenge("In the past", -3)
                .replace("\"HDS-04\"", "\"NOPE-1\"")), 422, "invalid-input");
        assertThat(rules.get("errors").size()).as(rules.toString()).isEqualTo(2);
        assertThat(rules.toString()).contains("in the past").contains("NOPE-1");

        JsonNode badParam = problem(send("GET", "/api/v1/postings?dataTier=NONSENSE&size=1000", null, null), 422,
                "invalid-input");
        assertThat(badParam.at("/errors/0/field").asString()).isEqualTo("dataTier");
        problem(send("GET", "/api/v1/postings?size=1000", null, null), 422, "invalid-input");
        problem(send("POST", "/api/v1/challenges", partner, "{not json"), 400, "unreadable-body");

        // a left-out true/false is named, with every other invalid field, rather than failing the body as a whole
        JsonNode leftOut = problem(send("POST", "/api/v1/challenges", partner, challenge("Left out", 20)
                .replace("\"dpiaNeeded\": false, ", "").replace(", \"mustHave\": true", "")
                .replace("\"summary\": \"Find sepsis early in ICU data\",", "")), 422, "invalid-input");
        List<String> missing = new ArrayList<>();
        leftOut.get("errors").forEach(e -> missing.add(e.get("field").asString()));
        assertThat(missing).containsExactlyInAnyOrder("governance.dpiaNeeded", "requirements[0].mustHave", "summary");
        assertThat(leftOut.toString()).contains("true or false");
        JsonNode projectLeftOut = problem(send("POST", "/api/v1/projects", token("supervisor@demo.crossfield.org",
                ApiTokenScope.WRITE), project("Left out").replace("\"ethicsApprovalNeeded\": false,", "")), 422,
                "invalid-input");
        assertThat(projectLeftOut.at("/errors/0/field").asString()).isEqualTo("governance.ethicsApprovalNeeded");
    }

    @Test
    void aTokenOverItsRateLimitIsToldToWait() throws Exception {
        String busy = token(PARTNER, ApiTokenScope.READ);
        String calm = token(PARTNER, ApiTokenScope.READ);
        HttpResponse<String> last = null;
        for (int i = 0; i < 400; i++) {
            last = send("GET", "/api/v1/me", busy, null);
            if (last.statusCode() != 200) {
                break;
            }
        }
        assertThat(last).isNotNull();
        problem(last, 429, "rate-limited");
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(send("GET", "/api/v1/me", calm, null).statusCode()).as("per token").isEqualTo(200);
    }

    @Test
    void aPersonReadsAndChangesTheirOwnProfileOnly() throws Exception {
        String email = jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'MENTOR'
                where u.email like '%.example' and u.status = 'ACTIVE' and u.enabled = true
                order by u.id desc limit 1 offset 3""", String.class);
        String mentor = token(email, ApiTokenScope.READ, ApiTokenScope.WRITE);
        HttpResponse<String> before = send("GET", "/api/v1/me/profile", mentor, null);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(json.readTree(before.body()).get("personId").asLong()).isEqualTo(runAs.idOf(email));
        String evidence = "API evidence " + System.nanoTime();
        HttpResponse<String> after = send("PATCH", "/api/v1/me/profile", mentor,
                "{\"changes\": [{\"competencyCode\": \"HDS-04\", \"level\": 4, \"evidence\": \"" + evidence + "\"}]}");
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        assertThat(after.body()).contains(evidence);
        JsonNode refused = problem(send("PATCH", "/api/v1/me/profile", mentor,
                "{\"changes\": [{\"competencyCode\": \"NOPE-1\", \"level\": 9}]}"), 422, "invalid-input");
        assertThat(refused.get("errors").size()).isPositive();
        problem(send("PATCH", "/api/v1/me/profile", mentor, "{\"changes\": []}"), 422, "invalid-input");
        String partner = token(PARTNER, ApiTokenScope.READ, ApiTokenScope.WRITE);
        problem(send("PATCH", "/api/v1/me/profile", partner,
                "{\"changes\": [{\"competencyCode\": \"HDS-04\", \"level\": 2}]}"), 403, "forbidden");
    }

    // ---- the OpenAPI document ----------------------------------------------------------------------------------------

    @Test
    void everyOperationIsDocumentedWithItsSchemasAndErrors() throws Exception {
        HttpResponse<String> docs = send("GET", "/v3/api-docs", null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = json.readTree(docs.body());
        assertThat(api.get("openapi").asString()).startsWith("3.");
        List<String> operations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (var path : api.get("paths").properties()) {
            assertThat(path.getKey()).startsWith("/api/v1/");
            for (var op : path.getValue().properties()) {
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                operations.add(name);
                JsonNode operation = op.getValue();
                JsonNode responses = operation.get("responses");
                boolean success = false;
                for (var response : responses.properties()) {
                    if (response.getKey().startsWith("2") && response.getValue().at("/content").size() > 0) {
                        success = response.getValue().get("content").properties().stream()
                                .allMatch(c -> c.getValue().has("schema"));
                    }
                }
                if (!success) {
                    problems.add(name + ": no success response with a schema");
                }
                if (operation.has("requestBody") && !operation.at("/requestBody/content").properties().stream()
                        .allMatch(c -> c.getValue().has("schema"))) {
                    problems.add(name + ": request body without a schema");
                }
                boolean open = path.getKey().startsWith("/api/v1/postings") || path.getKey().startsWith("/api/v1/calendar/");
                List<String> errors = new ArrayList<>(open ? List.of("429") : List.of("401", "403", "429"));
                if (path.getKey().contains("{id}")) {
                    errors.add("404");
                }
                if (!"get".equals(op.getKey())) {
                    errors.addAll(List.of("409", "422"));
                }
                if ("put".equals(op.getKey())) {
                    errors.add("428");
                }
                for (String error : errors) {
                    JsonNode schema = responses.at("/" + error + "/content/" + PROBLEM_JSON.replace("/", "~1") + "/schema");
                    if (schema.isMissingNode() || !schema.toString().contains("Problem")) {
                        problems.add(name + ": no problem document for " + error);
                    }
                }
                if (!open && !operation.has("security")) {
                    problems.add(name + ": no security requirement (scope)");
                }
                if (!open && !operation.at("/security").toString().contains(":" + ("get".equals(op.getKey()) ? "read" : "write"))
                        && !"GET /api/v1/me".equals(name)) {
                    problems.add(name + ": no area scope (map its path to an area in ApiScopes)");
                }
                if (!open && !operation.path("description").asString("").contains("Scope: ")) {
                    problems.add(name + ": its description does not name its scope");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(operations).contains("GET /api/v1/me", "GET /api/v1/postings", "GET /api/v1/postings.atom",
                "POST /api/v1/challenges", "GET /api/v1/challenges/{id}", "PUT /api/v1/challenges/{id}",
                "POST /api/v1/challenges/{id}/submit", "POST /api/v1/challenges/{id}/approve",
                "POST /api/v1/challenges/{id}/send-back", "GET /api/v1/approvals", "POST /api/v1/applications",
                "POST /api/v1/applications/{id}/submit", "POST /api/v1/applications/{id}/withdraw",
                "GET /api/v1/applications/received", "POST /api/v1/applications/{id}/offer", "GET /api/v1/me/profile",
                "PATCH /api/v1/me/profile", "POST /api/v1/projects", "PUT /api/v1/projects/{id}",
                "POST /api/v1/projects/{id}/approve", "GET /api/v1/collaborations", "GET /api/v1/collaborations/{id}/outcomes",
                "POST /api/v1/collaborations/{id}/outcomes", "POST /api/v1/collaborations/{id}/outcomes/import",
                "GET /api/v1/reports/kpi", "GET /api/v1/reports/kpi.csv", "GET /api/v1/reports/kpi.xlsx",
                "GET /api/v1/reports/kpi.pdf", "GET /api/v1/projects/{id}/mentors", "POST /api/v1/applications/{id}/under-review",
                "POST /api/v1/applications/{id}/conflict", "POST /api/v1/applications/{id}/notes",
                "POST /api/v1/applications/{id}/scores", "GET /api/v1/calendar/{secret}.ics");
        assertThat(api.at("/paths/~1api~1v1~1applications~1{id}~1offer/post/description").asString())
                .endsWith("Scope: applications:write (or write).");
        assertThat(api.at("/paths/~1api~1v1~1applications~1{id}~1offer/post/security").toString())
                .contains("applications:write").contains("\"write\"");
        assertThat(api.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(api.at("/components/schemas/Problem/properties/errors").isMissingNode()).isFalse();

        HttpResponse<String> page = send("GET", "/swagger-ui/index.html", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger");
        assertThat(send("GET", "/swagger-ui.html", null, null).statusCode()).isIn(200, 302);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private String token(String email, ApiTokenScope... scopes) {
        return made(email, scopes).token();
    }

    private NewApiToken made(String email, ApiTokenScope... scopes) {
        return runAs.as(email, () -> tokenService.create(new CreateApiTokenCmd("API test",
                LocalDate.now(ZoneOffset.UTC).plusDays(7), Set.of(scopes))));
    }

    /** A token stored as the first version stored them (scopes as enum names), with its person. */
    private String legacyToken(String email, String scopes) throws Exception {
        String token = ApiTokenService.TOKEN_PREFIX + "legacy" + System.nanoTime() + "x".repeat(20);
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("""
                insert into api_token (user_id, name, token_hash, token_prefix, scopes, created_at, expires_at)
                values (?, 'Legacy', ?, ?, ?, utc_timestamp(6), timestampadd(day, 7, utc_timestamp(6)))""",
                runAs.idOf(email), hash, token.substring(0, 10), scopes);
        return token;
    }

    private long programme() {
        return jdbc.queryForObject("""
                select max(pc.programme_id) from programme_coordinator pc join app_user u on u.id = pc.user_id
                where u.email = ?""", Long.class, COORDINATOR);
    }

    private String otherPartner() {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'PARTNER'
                where u.organisation_id <> (select organisation_id from app_user where email = ?) and u.status = 'ACTIVE'
                and u.enabled = true order by u.id limit 1""", String.class, PARTNER);
    }

    private String coordinatorOfAnotherProgramme() {
        String email = jdbc.queryForObject("""
                select u.email from app_user u join programme_coordinator c on c.user_id = u.id
                where u.email not like '%@demo.crossfield.org' and u.status = 'ACTIVE' and u.enabled = true
                and not exists (select 1 from programme_coordinator mine where mine.user_id = u.id and mine.programme_id = ?)
                order by u.id limit 1""", String.class, programme());
        return token(email, ApiTokenScope.READ);
    }

    private String challenge(String title, int daysAhead) {
        return """
                {"programmeId": %d, "title": "%s", "summary": "Find sepsis early in ICU data",
                 "description": "A longer description of the work.", "deadline": "%s", "visibility": "PUBLIC",
                 "requirements": [{"competencyCode": "HDS-04", "level": 3, "weight": 1.0, "mustHave": true}],
                 "governance": {"dataTier": "SYNTHETIC", "accessModel": "FEDERATED", "ethicsApprovalNeeded": false,
                                "dpiaNeeded": false, "dataSharingAgreementNeeded": false}}"""
                .formatted(programme(), title, LocalDate.now(ZoneOffset.UTC).plusDays(daysAhead));
    }

    private String project(String title) {
        return """
                {"programmeId": %d, "title": "%s", "researchQuestion": "Can federated learning find sepsis earlier?",
                 "mentorSlots": 1, "requirements": [{"competencyCode": "DSDA01", "level": 3, "weight": 1.5, "mustHave": true}],
                 "governance": {"dataTier": "SYNTHETIC", "accessModel": "FEDERATED", "ethicsApprovalNeeded": false,
                                "dpiaNeeded": false, "dataSharingAgreementNeeded": false}}"""
                .formatted(programme(), title);
    }

    private List<Long> listAnonymously(String text) throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/postings?text=" + text.replace(" ", "+"), null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return ids(json.readTree(response.body()).get("items"));
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.has("id") ? n.get("id").asLong() : n.at("/summary/id").asLong()));
        return ids;
    }

    private String status(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).at("/summary/status").asString();
    }

    /** Asserts an RFC 9457 problem document of this status and kind, with a sentence and no exception text. */
    private JsonNode problem(HttpResponse<String> response, int status, String kind) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(PROBLEM_JSON);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:crossfield:problem:" + kind);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
        return problem;
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = request(method, path, token, body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }
}
