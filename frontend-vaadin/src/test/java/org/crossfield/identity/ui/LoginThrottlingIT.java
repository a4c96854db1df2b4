package org.crossfield.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossfield.Application;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real HTTP logins against the running server, in its own JVM (failsafe) like the browser journeys (the test profile
 * locks an account after 3 failures): the lock, look-alike addresses, the login form's CSRF token, disabled accounts,
 * and sessions tracked by cookie only.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
class LoginThrottlingIT {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String victim = person("SUPERVISOR", 0);
        String bystander = person("MENTOR", 0);

        assertThat(login(victim, "demo")).as("the right password first works").isEqualTo("/");
        for (int i = 0; i < 3; i++) {
            assertThat(login(victim, "wrong-" + i)).contains("/login?error");
        }
        assertThat(login(victim, "demo")).as("locked now, even with the right password").contains("/login?error");
        assertThat(login(bystander, "demo")).as("other accounts from the same address still log in").isEqualTo("/");

        // the audit log has every attempt, the account as subject, the client's address, and never the typed password
        long id = jdbc.queryForObject("select id from app_user where email = ?", Long.class, victim);
        java.util.List<String> actions = jdbc.queryForList("select action from audit_entry where subject_id = ?"
                + " and action like 'SIGN_IN%' and remote_address is not null order by seq", String.class, id);
        assertThat(actions).endsWith("SIGN_IN", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_LOCKED");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where details like '%wrong-%'", Integer.class)).isZero();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpClient client = client();
        for (String path : new String[] {"/login", "/no-such-page-" + System.nanoTime(), "/actuator/health", "/account"}) {
            HttpResponse<Void> response = get(client, path);
            java.net.http.HttpHeaders headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'self'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
            assertThat(headers.firstValue("Strict-Transport-Security")).as("not over plain HTTP: " + path).isEmpty();
        }
        HttpResponse<Void> overTls = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).as("HSTS behind a TLS proxy")
                .hasValueSatisfying(h -> assertThat(h).startsWith("max-age="));
    }

    @Test
    void lookAlikeSpellingsOfAnAddressShareItsLock() throws Exception {
        String victim = person("SUPERVISOR", 3);
        String accented = accented(victim);
        String first = victim.substring(0, 1);
        String fullWidth = new String(Character.toChars(0xFF41 + (first.charAt(0) - 'a'))) + victim.substring(1);
        String upper = victim.toUpperCase(java.util.Locale.ROOT);
        assertThat(login(fullWidth, "demo")).as("the database resolves the full-width spelling to the account").isEqualTo("/");

        assertThat(login(victim, "wrong-1")).contains("/login?error");
        assertThat(login(fullWidth, "wrong-2")).contains("/login?error");
        assertThat(login(upper, "wrong-3")).contains("/login?error");
        assertThat(login(victim, "demo")).as("three failures under three spellings lock the one account").contains("/login?error");
        assertThat(login(fullWidth, "demo")).contains("/login?error");
        assertThat(accented).isNotEqualTo(victim);
        assertThat(login(accented, "demo")).contains("/login?error");
    }

    @Test
    void theLoginFormNeedsItsCsrfToken() throws Exception {
        HttpClient client = client();
        String base = "http://localhost:" + port;
        client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(person("MENTOR", 1), "demo", null))).build(),
                HttpResponse.BodyHandlers.discarding());
        // refused: a 403, or (Vaadin's handler for refused requests) a redirect that is not the logged-in start page
        String location = response.headers().firstValue("Location").orElse("");
        assertThat(response.statusCode() == 403 || response.statusCode() == 302 && !location.equals(base + "/")
                && !location.equals("/")).as("a login without the CSRF token is refused (%s %s)", response.statusCode(),
                location).isTrue();
        HttpResponse<Void> after = get(client, "/account");
        assertThat(after.statusCode()).as("and nobody is logged in by it").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void aDisabledAccountIsLoggedOutAtItsNextRequestAndCannotLogIn() throws Exception {
        String person = person("MENTOR", 2);
        HttpClient session = client();
        assertThat(login(session, person, "demo")).isEqualTo("/");
        assertThat(get(session, "/account").statusCode()).as("logged in, the page opens").isEqualTo(200);
        // what PeopleAdminService.disable does to the row
        jdbc.update("update app_user set enabled = false, session_epoch = session_epoch + 1 where email = ?", person);
        try {
            HttpResponse<Void> next = get(session, "/account");
            assertThat(next.statusCode()).as("the open session ends at the next request").isEqualTo(302);
            assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");
            assertThat(login(person, "demo")).contains("/login?error");
        } finally {
            jdbc.update("update app_user set enabled = true where email = ?", person);
        }
    }

    private HttpResponse<Void> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void sessionsAreNeverPutIntoUrls() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(); // no cookies
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dashboard"))
                .GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
    }

    /** The address with its first vowel accented (lars… → lárs…). */
    private static String accented(String address) {
        String plain = "aeiou";
        String acute = "\u00e1\u00e9\u00ed\u00f3\u00fa";
        for (int i = 0; i < address.length(); i++) {
            int v = plain.indexOf(address.charAt(i));
            if (v >= 0) {
                return address.substring(0, i) + acute.charAt(v) + address.substring(i + 1);
            }
        }
        return address;
    }

    private String person(String role, int index) {
        return jdbc.queryForObject("select u.email from app_user u join user_role r on r.user_id = u.id where r.role = ?"
                + " and u.email like '%.example' order by u.id limit 1 offset ?", String.class, role, 10 + index);
    }

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Opens the login page, posts the login form with the page's CSRF token and returns where the server redirects to. */
    private String login(String email, String password) throws Exception {
        return login(client(), email, password);
    }

    private String login(HttpClient client, String email, String password) throws Exception {
        String base = "http://localhost:" + port;
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the login page carries a CSRF token for the form").isTrue();
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(email, password, token.group(1)))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }

    private static String form(String email, String password, String csrf) {
        return "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
    }
}
