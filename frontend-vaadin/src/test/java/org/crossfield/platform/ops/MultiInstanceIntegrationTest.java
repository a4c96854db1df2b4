package org.crossfield.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.crossfield.Application;
import org.crossfield.competency.ProfileChange;
import org.crossfield.competency.ProfileService;
import org.crossfield.marketplace.RequiredCompetency;
import org.crossfield.matching.MatchingService;
import org.crossfield.matching.MentorRecommendation;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * Two instances of the whole application (two Spring contexts, two HTTP ports) on one database, as behind a load
 * balancer (docs/operations.md, "Several instances"): a deadline is handled once, a mentor changed through one instance
 * is seen by the other within 5 seconds, two outbox senders deliver every mail exactly once, and each instance answers
 * its probes and its Prometheus scrape.
 */
class MultiInstanceIntegrationTest {

    private static final String SUPERVISOR = "supervisor@demo.crossfield.org";
    private static final String MONITORING_PASSWORD = "scrape-secret";
    private static final int SMTP_PORT = freePort();
    private static final SecurityContextHolderStrategy SHARED_STRATEGY = new VaadinAwareSecurityContextHolderStrategy();
    private static GreenMail smtp;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * Starting an application sets Spring Security's global context holder strategy to its own Vaadin-aware one; the
     * test contexts cached in this JVM keep theirs, so it is put back afterwards (else every later view test is
     * anonymous).
     */
    private static org.springframework.security.core.context.SecurityContextHolderStrategy previousStrategy;

    @BeforeAll
    static void startTwoInstances() {
        previousStrategy = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        a = start();
        b = start();
    }

    @AfterAll
    static void stopThem() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {a, b}) {
            if (context != null) {
                context.close();
            }
        }
        smtp.stop();
        if (previousStrategy != null) {
            org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(previousStrategy);
        }
    }

    private static ConfigurableApplicationContext start() {
        // arguments, not default properties: those would lose against application.properties (server.port=${PORT:8080})
        return new SpringApplicationBuilder(Application.class).profiles("test")
                // Spring Security keeps its context holder in a static; Vaadin's strategy keeps a thread-local per
                // instance. Two applications in one JVM share one strategy, as one application in one JVM has one.
                .initializers(context -> context.getBeanFactory().registerSingleton("sharedSecurityContextHolderStrategy",
                        SHARED_STRATEGY))
                .run(arguments(
                Map.entry("server.port", "0"),
                Map.entry("crossfield.marketplace.closing-initial-delay", "PT1S"),
                Map.entry("crossfield.marketplace.closing-interval", "PT1S"),
                Map.entry("crossfield.mail.scheduling-enabled", "true"),
                Map.entry("crossfield.mail.poll-interval", "200ms"),
                Map.entry("crossfield.mail.batch-size", "3"),
                Map.entry("spring.mail.host", "127.0.0.1"),
                Map.entry("spring.mail.port", String.valueOf(SMTP_PORT)),
                Map.entry("crossfield.monitoring.password", MONITORING_PASSWORD)));
    }

    @SafeVarargs
    static String[] arguments(Map.Entry<String, String>... properties) {
        return Arrays.stream(properties).map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
    }

    @Test
    void aDeadlineThatPassesIsHandledOnceByOneOfTheInstances() {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        Map<String, Object> challenge = jdbc.queryForMap(
                "select id, created_by from challenge where status = 'OPEN' order by id limit 1");
        String title = "Two instances close me " + System.nanoTime();
        jdbc.update("update challenge set title = ?, deadline = current_date - interval 2 day where id = ?", title,
                challenge.get("id"));

        waitUntil(Duration.ofSeconds(30), () -> "CLOSED".equals(jdbc.queryForObject(
                "select status from challenge where id = ?", String.class, challenge.get("id"))));
        waitUntil(Duration.ofSeconds(30), () -> received(title).size() == 1);
        sleep(Duration.ofSeconds(4)); // both instances run the job every second: give a second closing the chance

        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and (title like ? or body like ?)",
                Long.class, challenge.get("created_by"), "%" + title + "%", "%" + title + "%")).as("in-app").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject like ?", Long.class, "%" + title + "%"))
                .as("mails written").isEqualTo(1);
        assertThat(received(title)).as("mails received").hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'challenge-closing'", Long.class))
                .as("the job ran under the cluster-wide lock").isEqualTo(1);
    }

    @Test
    void aMentorChangedThroughOneInstanceIsRecommendedAccordinglyByTheOtherWithinFiveSeconds() {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        RunAs runAs = a.getBean(RunAs.class);
        long project = jdbc.queryForObject("""
                select min(p.id) from phd_project p join app_user u on u.id = p.supervisor_id
                where u.email = ? and exists (select 1 from project_requirement r where r.project_id = p.id)""",
                Long.class, SUPERVISOR);
        List<MentorRecommendation> before = top(b, project);
        assertThat(before).isNotEmpty();
        MentorRecommendation mentor = before.getFirst();
        String email = jdbc.queryForObject("select email from app_user where id = ?", String.class, mentor.mentorId());
        List<RequiredCompetency> requirements = runAs.as(SUPERVISOR,
                () -> a.getBean(org.crossfield.marketplace.ProjectService.class).project(project)).requirements();
        List<ProfileChange> lower = requirements.stream().map(r -> new ProfileChange(r.competencyCode(), 1, null)).toList();

        runAs.run(email, () -> a.getBean(ProfileService.class).updateProfile(mentor.mentorId(), lower));
        long changedAt = System.nanoTime();
        List<MentorRecommendation> onA = top(a, project);
        assertThat(scoreOf(onA, mentor.mentorId())).as("instance A applied its own change")
                .isNotEqualTo(mentor.score());

        waitUntil(Duration.ofSeconds(5), () -> top(b, project).equals(onA));
        long seenAfterMillis = (System.nanoTime() - changedAt) / 1_000_000;
        assertThat(seenAfterMillis).as("instance B saw the change after %d ms", seenAfterMillis).isLessThan(5000);
    }

    @Test
    void twoOutboxSendersDeliverEveryMailExactlyOnce() throws MessagingException {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        String run = "Outbox run " + System.nanoTime();
        int n = 60;
        // written straight into the outbox, all due at once, so that both senders find work at the same moment
        for (int i = 0; i < n; i++) {
            jdbc.update("""
                    insert into mail_outbox (to_address, locale, template, subject, html_body, text_body, status, attempts,
                        next_attempt_at, created_at, version)
                    values (?, 'en', 'test', ?, '<p>Hello</p>', 'Hello', 'PENDING', 0, current_timestamp, current_timestamp, 0)""",
                    "reader" + i + "@example.org", run + " #" + i);
        }
        waitUntil(Duration.ofSeconds(60), () -> jdbc.queryForObject(
                "select count(*) from mail_outbox where subject like ? and status = 'SENT'", Long.class, run + "%") == n);
        sleep(Duration.ofSeconds(2));

        List<MimeMessage> received = received(run);
        assertThat(received).hasSize(n);
        Set<String> subjects = new HashSet<>();
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : received) {
            subjects.add(message.getSubject());
            messageIds.add(message.getMessageID());
        }
        assertThat(subjects).as("every mail once").hasSize(n);
        assertThat(messageIds).hasSize(n);
    }

    @Test
    void eachInstanceAnswersItsProbesAnonymouslyAndItsMetricsOnlyToTheMonitoringAccount() throws Exception {
        for (ConfigurableApplicationContext instance : List.of(a, b)) {
            String base = "http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
            assertThat(get(base + "/actuator/health/liveness", null)).satisfies(r -> {
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).contains("\"UP\"");
            });
            assertThat(get(base + "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
            assertThat(get(base + "/actuator/prometheus", null).statusCode()).as("not for the public").isEqualTo(401);
            assertThat(get(base + "/actuator/prometheus", "prometheus:wrong").statusCode()).isEqualTo(401);
            assertThat(get(base + "/actuator/env", "prometheus:" + MONITORING_PASSWORD).statusCode())
                    .as("no other actuator endpoint is served").isNotEqualTo(200);

            instance.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated("someone", "x"), new BadCredentialsException("bad")));
            instance.publishEvent(new AuthenticationFailureLockedEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated("someone", "x"), new LockedException("locked")));
            HttpResponse<String> scrape = get(base + "/actuator/prometheus", "prometheus:" + MONITORING_PASSWORD);
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds",
                    "crossfield_mail_outbox_pending", "crossfield_mail_outbox_oldest_due_seconds",
                    "crossfield_signin_failures_total{application=\"crossfield\",reason=\"BadCredentialsException\"}",
                    "crossfield_signin_locked_total", "hikaricp_connections_active");
        }
    }

    private HttpResponse<String> get(String url, String basic) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (basic != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<MentorRecommendation> top(ConfigurableApplicationContext instance, long project) {
        return instance.getBean(RunAs.class).as(SUPERVISOR,
                () -> instance.getBean(MatchingService.class).recommendMentors(project, 10)).mentors();
    }

    private static double scoreOf(List<MentorRecommendation> mentors, long mentorId) {
        return mentors.stream().filter(m -> m.mentorId() == mentorId).mapToDouble(MentorRecommendation::score).findFirst()
                .orElse(Double.NaN);
    }

    private static List<MimeMessage> received(String subjectPart) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (message.getSubject() != null && message.getSubject().contains(subjectPart)) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static void waitUntil(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit);
            }
            sleep(Duration.ofMillis(100));
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
