package org.crossfield.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.crossfield.Application;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.crossfield.platform.database.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The database goes away for 30 seconds while people work (docs/operations.md, "Database outages"). The application runs
 * on a MariaDB of its own (embedded, own port and directory; the machine's shared server is never touched), which the
 * test stops and starts again. Meanwhile a person keeps saving things that notify someone. Readiness goes down and comes
 * back, liveness stays up; every save that failed failed with a failure people are told as "cannot reach its database";
 * the application recovers by itself; every save that succeeded has its notification and its mail, once, and every mail
 * is sent.
 */
class DatabaseOutageIntegrationTest {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final String ADMIN = "admin@demo.crossfield.org";
    private static EmbeddedDatabase database;
    private static ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * Starting an application sets Spring Security's global context holder strategy to its own Vaadin-aware one; the
     * test contexts cached in this JVM keep theirs, so it is put back afterwards (else every later view test is
     * anonymous).
     */
    private static org.springframework.security.core.context.SecurityContextHolderStrategy previousStrategy;

    @BeforeAll
    static void startTheApplicationOnItsOwnDatabase() {
        previousStrategy = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
        database = EmbeddedDatabase.startOrGet(Path.of("target/outage-mariadb"), true);
        app = new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl("crossfield_outage_test"),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                // a request waits at most 2 s for a connection while the database is away
                "--spring.datasource.hikari.connection-timeout=2000",
                "--crossfield.mail.scheduling-enabled=true",
                "--crossfield.mail.poll-interval=500ms");
    }

    @AfterAll
    static void stopTheApplication() {
        if (app != null) {
            app.close();
        }
        if (previousStrategy != null) {
            org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(previousStrategy);
        }
    }

    @Test
    void theApplicationSurvivesTheDatabaseGoingAwayAndLosesNothing() throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long recipient = jdbc.queryForObject("select id from app_user where email = 'student@demo.crossfield.org'", Long.class);
        UserDetails admin = app.getBean(UserDetailsService.class).loadUserByUsername(ADMIN);
        String run = "Outage " + System.nanoTime();
        Map<Integer, Boolean> saved = new ConcurrentHashMap<>();
        Map<Integer, Throwable> refused = new ConcurrentHashMap<>();
        AtomicBoolean working = new AtomicBoolean(true);
        Thread person = Thread.ofPlatform().start(() -> {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            SecurityContextHolder.setContext(context);
            NotificationService notifications = app.getBean(NotificationService.class);
            for (int i = 0; working.get(); i++) {
                try {
                    notifications.notify(new NotifyCmd(List.of(recipient), NotificationTemplates.GENERIC,
                            Map.of("title", run + " #" + i + "#", "message", "Saved while the database came and went"), null));
                    saved.put(i, true);
                } catch (RuntimeException e) {
                    refused.put(i, e);
                }
                sleep(Duration.ofMillis(250));
            }
        });
        String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        waitUntil(Duration.ofSeconds(30), () -> saved.size() >= 3);
        assertThat(status(base + "/actuator/health/readiness")).isEqualTo(200);

        database.stop();
        long stoppedAt = System.nanoTime();
        boolean readinessWentDown = false;
        boolean livenessStayedUp = true;
        int savedBeforeRestart;
        try {
            while (System.nanoTime() - stoppedAt < OUTAGE.toNanos()) {
                readinessWentDown |= status(base + "/actuator/health/readiness") == 503;
                livenessStayedUp &= status(base + "/actuator/health/liveness") == 200;
                sleep(Duration.ofSeconds(1));
            }
            savedBeforeRestart = saved.size();
        } finally {
            database.start();
        }

        waitUntil(Duration.ofSeconds(90), () -> status(base + "/actuator/health/readiness") == 200);
        waitUntil(Duration.ofSeconds(60), () -> saved.size() >= savedBeforeRestart + 3);
        working.set(false);
        person.join(30_000);

        assertThat(readinessWentDown).as("readiness said DOWN while the database was away").isTrue();
        assertThat(livenessStayedUp).as("liveness stayed UP: no restart wanted").isTrue();
        assertThat(refused).as("saves were refused during the outage").isNotEmpty();
        assertThat(refused.values()).as("and every refusal is told as the database being away")
                .allSatisfy(e -> assertThat(ErrorNotifications.Failure.of(e)).as(e.toString())
                        .isEqualTo(ErrorNotifications.Failure.DATABASE_AWAY));

        for (int i : saved.keySet()) {
            assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and title like ?", Long.class,
                    recipient, "%" + run + " #" + i + "#%")).as("notification of save %d", i).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject like ?", Long.class,
                    "%" + run + " #" + i + "#%")).as("mail of save %d", i).isEqualTo(1);
        }
        for (int i : refused.keySet()) {
            assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject like ?", Long.class,
                    "%" + run + " #" + i + "#%")).as("a refused save %d wrote at most its one mail", i).isLessThanOrEqualTo(1);
        }
        waitUntil(Duration.ofSeconds(60), () -> jdbc.queryForObject(
                "select count(*) from mail_outbox where subject like ? and status <> 'SENT'", Long.class, "%" + run + "%") == 0);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject like ? and status = 'SENT'", Long.class,
                "%" + run + "%")).as("every mail was sent once the database was back").isGreaterThanOrEqualTo(saved.size());
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void waitUntil(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit);
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
