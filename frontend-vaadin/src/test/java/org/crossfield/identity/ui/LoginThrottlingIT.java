package org.crossfield.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.crossfield.Application;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Real HTTP logins against the running server, in its own JVM (failsafe) like the browser journeys (the test profile locks an account after 3 failures). */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginThrottlingIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String victim = jdbc.queryForObject(
                "select u.email from app_user u join user_role r on r.user_id = u.id where r.role = 'SUPERVISOR' and u.email like '%.example' order by u.id limit 1",
                String.class);
        String bystander = jdbc.queryForObject(
                "select u.email from app_user u join user_role r on r.user_id = u.id where r.role = 'MENTOR' and u.email like '%.example' order by u.id limit 1",
                String.class);

        assertThat(login(victim, "demo")).as("the right password first works").isEqualTo("/");
        for (int i = 0; i < 3; i++) {
            assertThat(login(victim, "wrong-" + i)).contains("/login?error");
        }
        assertThat(login(victim, "demo")).as("locked now, even with the right password").contains("/login?error");
        assertThat(login(bystander, "demo")).as("other accounts from the same address still log in").isEqualTo("/");
    }

    /** Posts the login form and returns where the server redirects to. */
    private String login(String email, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }
}
