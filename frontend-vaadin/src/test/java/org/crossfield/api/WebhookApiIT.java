package org.crossfield.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.crossfield.Application;
import org.crossfield.identity.ApiTokenScope;
import org.crossfield.identity.ApiTokenService;
import org.crossfield.identity.CreateApiTokenCmd;
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
 * Webhook subscriptions through the REST API over real HTTP: a partner's token subscribes (the secret once), lists, reads
 * the deliveries and deletes; refusals as problem documents (a student's token 403, another partner's 404, a read-only
 * token 403, invalid URL or event 422); and the operations in the OpenAPI document.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebhookApiIT {

    static final String PARTNER = "partner@demo.crossfield.org";
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

    @Test
    void aPartnersTokenSubscribesListsReadsDeliveriesAndDeletesAndOthersAreRefused() throws Exception {
        String partner = token(PARTNER, ApiTokenScope.READ, ApiTokenScope.WRITE);
        String readOnly = token(PARTNER, ApiTokenScope.READ);
        String student = token(STUDENT, ApiTokenScope.READ, ApiTokenScope.WRITE);
        String other = token(otherPartner(), ApiTokenScope.READ, ApiTokenScope.WRITE);
        String url = "http://localhost:9/api-test/" + System.nanoTime();
        String body = "{\"url\": \"" + url + "\", \"events\": [\"application.status_changed\", \"posting.opened\"]}";

        HttpResponse<String> created = send("POST", "/api/v1/webhooks", partner, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode made = json.readTree(created.body());
        long id = made.at("/subscription/id").asLong();
        assertThat(made.get("secret").asString()).startsWith("whsec_");
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/webhooks/" + id);
        assertThat(made.at("/subscription/eventTypes").toString()).contains("posting.opened").contains("application.status_changed");

        HttpResponse<String> list = send("GET", "/api/v1/webhooks", partner, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(url).doesNotContain(made.get("secret").asString());
        HttpResponse<String> one = send("GET", "/api/v1/webhooks/" + id, readOnly, null);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(json.readTree(one.body()).get("url").asString()).isEqualTo(url);
        HttpResponse<String> deliveries = send("GET", "/api/v1/webhooks/" + id + "/deliveries", partner, null);
        assertThat(deliveries.statusCode()).isEqualTo(200);
        assertThat(json.readTree(deliveries.body()).isArray()).isTrue();

        problem(send("POST", "/api/v1/webhooks", student, body), 403, "forbidden");
        problem(send("GET", "/api/v1/webhooks", student, null), 403, "forbidden");
        problem(send("POST", "/api/v1/webhooks", readOnly, body), 403, "missing-scope");
        problem(send("GET", "/api/v1/webhooks/" + id, other, null), 404, "not-found");
        problem(send("GET", "/api/v1/webhooks/" + id + "/deliveries", other, null), 404, "not-found");
        problem(send("DELETE", "/api/v1/webhooks/" + id, other, null), 404, "not-found");
        problem(send("GET", "/api/v1/webhooks", null, null), 401, "unauthenticated");
        JsonNode badUrl = problem(send("POST", "/api/v1/webhooks", partner,
                "{\"url\": \"ftp://example.org/x\", \"events\": [\"posting.opened\"]}"), 422, "invalid-input");
        assertThat(badUrl.at("/errors/0/field").asString()).isEqualTo("url");
        JsonNode badEvent = problem(send("POST", "/api/v1/webhooks", partner,
                "{\"url\": \"" + url + "\", \"events\": [\"posting.exploded\"]}"), 422, "invalid-input");
        assertThat(badEvent.at("/errors/0/message").asString()).contains("posting.exploded");
        problem(send("POST", "/api/v1/webhooks", partner, "{\"url\": \"" + url + "\", \"events\": []}"), 422, "invalid-input");

        HttpResponse<String> deleted = send("DELETE", "/api/v1/webhooks/" + id, partner, null);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        problem(send("GET", "/api/v1/webhooks/" + id, partner, null), 404, "not-found");
        assertThat(jdbc.queryForObject("select count(*) from webhook_subscription where id = ?", Integer.class, id)).isZero();

        JsonNode docs = json.readTree(send("GET", "/v3/api-docs", null, null).body());
        assertThat(docs.at("/paths/~1api~1v1~1webhooks").has("post")).isTrue();
        assertThat(docs.at("/paths/~1api~1v1~1webhooks~1{id}").has("delete")).isTrue();
        assertThat(docs.at("/paths/~1api~1v1~1webhooks~1{id}~1deliveries").has("get")).isTrue();
    }

    @Test
    void aFailedDeliveryIsSentAgainOnlyByItsOwnerAndOnlyWhenFailed() throws Exception {
        String partner = token(PARTNER, ApiTokenScope.READ, ApiTokenScope.WRITE);
        String readOnly = token(PARTNER, ApiTokenScope.READ);
        String other = token(otherPartner(), ApiTokenScope.READ, ApiTokenScope.WRITE);
        String body = "{\"url\": \"http://localhost:9/api-again/" + System.nanoTime() + "\", \"events\": [\"posting.opened\"]}";
        long id = json.readTree(send("POST", "/api/v1/webhooks", partner, body).body()).at("/subscription/id").asLong();
        // two deliveries as the sender leaves them: one given up on after its attempts, one acknowledged
        // (WebhookDeliveryIntegrationTest produces both through the sender against a real receiver)
        long failed = delivery(id, "FAILED", 12);
        long delivered = delivery(id, "DELIVERED", 1);
        String path = "/api/v1/webhooks/" + id + "/deliveries/";

        problem(send("POST", path + failed + "/send-again", readOnly, null), 403, "missing-scope");
        problem(send("POST", path + failed + "/send-again", other, null), 404, "not-found");
        problem(send("POST", path + delivered + "/send-again", partner, null), 409, "not-failed");
        problem(send("POST", path + "999999999/send-again", partner, null), 404, "not-found");
        HttpResponse<String> again = send("POST", path + failed + "/send-again", partner, null);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonNode sent = json.readTree(again.body());
        assertThat(sent.get("status").asString()).isEqualTo("PENDING");
        assertThat(sent.get("attempts").asInt()).isZero();
        problem(send("POST", path + failed + "/send-again", partner, null), 409, "not-failed");

        JsonNode docs = json.readTree(send("GET", "/v3/api-docs", null, null).body());
        assertThat(docs.at("/paths/~1api~1v1~1webhooks~1{id}~1deliveries~1{deliveryId}~1send-again").has("post")).isTrue();
        assertThat(send("DELETE", "/api/v1/webhooks/" + id, partner, null).statusCode()).isEqualTo(200);
    }

    private long delivery(long subscription, String status, int attempts) {
        jdbc.update("""
                insert into webhook_delivery (subscription_id, event_id, event_type, object_type, object_id, payload, status,
                  attempts, next_attempt_at, last_status_code, last_error, created_at)
                values (?, uuid(), 'POSTING_OPENED', 'CHALLENGE', 1, '{}', ?, ?, current_timestamp(6) + interval 1 day, 500,
                  'HTTP 500', current_timestamp(6))""", subscription, status, attempts);
        return jdbc.queryForObject("select max(id) from webhook_delivery where subscription_id = ?", Long.class, subscription);
    }

    private String otherPartner() {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'PARTNER'
                where u.organisation_id <> (select organisation_id from app_user where email = ?) order by u.id limit 1""",
                String.class, PARTNER);
    }

    private String token(String email, ApiTokenScope... scopes) {
        return runAs.as(email, () -> tokenService.create(new CreateApiTokenCmd("Webhook API test",
                LocalDate.now(ZoneOffset.UTC).plusDays(7), Set.of(scopes)))).token();
    }

    private JsonNode problem(HttpResponse<String> response, int status, String kind) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(PROBLEM_JSON);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:crossfield:problem:" + kind);
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception");
        return problem;
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
