package org.crossfield.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crossfield.application.ApplicationReviewService;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.PostingType;
import org.crossfield.application.SaveApplicationCmd;
import org.crossfield.marketplace.ChallengeDraft;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.GovernanceTerms;
import org.crossfield.marketplace.RequiredCompetency;
import org.crossfield.marketplace.Visibility;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Webhook deliveries against a real local HTTP receiver (WireMock) that is down for a while: first it answers 503,
 * then it is not there at all (connection refused), then it comes back. Every event arrives exactly once after that,
 * signed with the subscription's secret; a subscriber who may not see an object (another organisation's application)
 * receives nothing about it; and who may manage subscriptions, per role.
 */
@CrossfieldIntegrationTest
class WebhookDeliveryIntegrationTest {

    static final String PARTNER = "partner@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";

    @Autowired
    WebhookService webhooks;
    @Autowired
    WebhookSender sender;
    @Autowired
    WebhookSettings settings;
    @Autowired
    ChallengeService challenges;
    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationReviewService reviews;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    WireMockServer receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null && receiver.isRunning()) {
            receiver.stop();
        }
    }

    @Test
    void everyEventArrivesExactlyOnceSignedAfterTheReceiverComesBackAndOnlyToThoseWhoMaySeeIt() throws Exception {
        int port = freePort();
        receiver = start(port, 503);
        String base = "http://localhost:" + port;
        String otherPartner = otherPartner();
        NewWebhook mine = runAs.as(PARTNER, () -> webhooks.create(new CreateWebhookCmd(base + "/hooks/partner",
                EnumSet.of(WebhookEventType.POSTING_OPENED, WebhookEventType.APPLICATION_STATUS_CHANGED))));
        NewWebhook theirs = runAs.as(otherPartner, () -> webhooks.create(new CreateWebhookCmd(base + "/hooks/other",
                EnumSet.allOf(WebhookEventType.class))));
        assertThat(mine.secret()).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(mine.toString()).doesNotContain(mine.secret());

        // the events: a public challenge opens (everyone may see it), a student applies, the partner shortlists
        long challenge = runAs.as(PARTNER, () -> challenges.createDraft(draft("Webhook challenge " + UUID.randomUUID())));
        runAs.run(PARTNER, () -> challenges.submit(challenge));
        runAs.run(COORDINATOR, () -> challenges.approve(challenge));
        long application = runAs.as(student(), () -> applications.submit(new SaveApplicationCmd(PostingType.CHALLENGE,
                challenge, "I have built sepsis models on synthetic ICU data.", Map.of(), null))).id();
        runAs.run(PARTNER, () -> reviews.shortlist(application));

        // the receiver answers 503: every delivery is tried once and waits out its back-off
        sender.sendAllPendingNow();
        assertThat(receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/partner")))).hasSize(3);
        List<WebhookDeliverySummary> failing = runAs.as(PARTNER, () -> webhooks.deliveries(mine.subscription().id()));
        assertThat(failing).hasSize(3).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
            assertThat(d.lastStatusCode()).isEqualTo(503);
            assertThat(d.lastError()).contains("503");
            assertThat(d.nextAttemptAt()).isNotNull();
        });
        assertThat(runAs.as(PARTNER, webhooks::mySubscriptions)).filteredOn(s -> s.id() == mine.subscription().id())
                .singleElement().satisfies(s -> assertThat(s.lastStatus()).isEqualTo(WebhookDeliveryStatus.PENDING));
        int before = receiver.getAllServeEvents().size();
        sender.sendDue();
        assertThat(receiver.getAllServeEvents()).as("nothing is due during the back-off").hasSize(before);

        // the receiver is gone: connection refused
        receiver.stop();
        sender.sendAllPendingNow();
        assertThat(runAs.as(PARTNER, () -> webhooks.deliveries(mine.subscription().id()))).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
            assertThat(d.attempts()).isEqualTo(2);
            assertThat(d.lastError()).contains("could not be reached");
        });

        // it comes back: everything arrives, once, however often the sender runs
        receiver = start(port, 200);
        sender.sendAllPendingNow();
        sender.sendAllPendingNow();
        sender.sendDue();

        List<LoggedRequest> received = receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/partner")));
        assertThat(received).hasSize(3);
        assertThat(received.stream().map(r -> r.getHeader("X-Crossfield-Event-Id")).collect(Collectors.toSet())).hasSize(3);
        for (LoggedRequest r : received) {
            assertThat(WebhookSignature.verify(mine.secret(), r.getBody(), r.getHeader(WebhookSignature.HEADER)))
                    .as("signed with the subscription's secret").isTrue();
            assertThat(WebhookSignature.verify(theirs.secret(), r.getBody(), r.getHeader(WebhookSignature.HEADER))).isFalse();
            assertThat(r.getHeader("Content-Type")).startsWith("application/json");
            assertThat(r.getHeader("X-Crossfield-Timestamp")).matches("\\d{10}");
            assertThat(r.getBodyAsString()).contains("\"id\":\"" + r.getHeader("X-Crossfield-Event-Id") + "\"");
        }
        assertThat(received.stream().map(r -> r.getHeader("X-Crossfield-Event")).toList())
                .containsExactlyInAnyOrder("posting.opened", "application.status_changed", "application.status_changed");
        assertThat(received.stream().map(LoggedRequest::getBodyAsString).toList())
                .anySatisfy(b -> assertThat(b).contains("\"postingId\":" + challenge).contains("\"kind\":\"CHALLENGE\""))
                .anySatisfy(b -> assertThat(b).contains("\"applicationId\":" + application).contains("\"status\":\"SUBMITTED\""))
                .anySatisfy(b -> assertThat(b).contains("\"applicationId\":" + application).contains("\"status\":\"SHORTLISTED\""));
        assertThat(runAs.as(PARTNER, () -> webhooks.deliveries(mine.subscription().id()))).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
            assertThat(d.lastStatusCode()).isEqualTo(200);
            assertThat(d.lastError()).isNull();
            assertThat(d.deliveredAt()).isNotNull();
        });

        // the other organisation's partner sees the public posting open, but never the application to it
        List<LoggedRequest> other = receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/other")));
        assertThat(other).extracting(r -> r.getHeader("X-Crossfield-Event")).contains("posting.opened")
                .doesNotContain("application.status_changed");
        assertThat(other).allSatisfy(r -> assertThat(WebhookSignature.verify(theirs.secret(), r.getBody(),
                r.getHeader(WebhookSignature.HEADER))).isTrue());
        List<WebhookDeliverySummary> theirDeliveries = runAs.as(otherPartner, () -> webhooks.deliveries(theirs.subscription().id()));
        assertThat(theirDeliveries).filteredOn(d -> d.eventType().equals("application.status_changed")
                        && d.objectId() == application)
                .hasSize(2).allSatisfy(d -> {
                    assertThat(d.status()).isEqualTo(WebhookDeliveryStatus.SKIPPED);
                    assertThat(d.lastError()).contains("may not see");
                });

        runAs.run(PARTNER, () -> webhooks.delete(mine.subscription().id()));
        runAs.run(otherPartner, () -> webhooks.delete(theirs.subscription().id()));
        assertThat(jdbc.queryForObject("select count(*) from webhook_delivery where subscription_id in (?, ?)",
                Integer.class, mine.subscription().id(), theirs.subscription().id())).isZero();
    }

    @Test
    void aDeliveryGivenUpOnIsSentAgainOnItsOwnersRequestOnceAndOnlyThen() throws Exception {
        int port = freePort();
        receiver = start(port, 500);
        NewWebhook mine = runAs.as(PARTNER, () -> webhooks.create(new CreateWebhookCmd(
                "http://localhost:" + port + "/hooks/again", EnumSet.of(WebhookEventType.POSTING_OPENED))));
        long subscription = mine.subscription().id();
        long challenge = runAs.as(PARTNER, () -> challenges.createDraft(draft("Webhook resend " + UUID.randomUUID())));
        runAs.run(PARTNER, () -> challenges.submit(challenge));
        runAs.run(COORDINATOR, () -> challenges.approve(challenge));

        sender.sendAllPendingNow();
        WebhookDeliverySummary pending = runAs.as(PARTNER, () -> webhooks.deliveries(subscription)).getFirst();
        assertThat(pending.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> webhooks.sendAgain(subscription, pending.id())))
                .as("a pending delivery is tried anyway").isInstanceOf(InvalidWebhookException.class)
                .hasMessageContaining("given up on");
        for (int attempt = 1; attempt < settings.maxAttempts(); attempt++) {
            sender.sendAllPendingNow();
        }
        WebhookDeliverySummary failed = runAs.as(PARTNER, () -> webhooks.deliveries(subscription)).getFirst();
        assertThat(failed.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(settings.maxAttempts());
        int tried = receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/again"))).size();
        sender.sendAllPendingNow();
        assertThat(receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/again")))).as("given up: not tried again")
                .hasSize(tried);

        // only its owner may ask, and only for a delivery of that subscription
        for (String other : List.of(otherPartner(), COORDINATOR, "student@demo.crossfield.org", "admin@demo.crossfield.org")) {
            assertThatThrownBy(() -> runAs.run(other, () -> webhooks.sendAgain(subscription, failed.id()))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        NewWebhook another = runAs.as(PARTNER, () -> webhooks.create(new CreateWebhookCmd(
                "http://localhost:" + port + "/hooks/another", EnumSet.of(WebhookEventType.POSTING_CLOSED))));
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> webhooks.sendAgain(another.subscription().id(), failed.id())))
                .isInstanceOf(WebhookNotFoundException.class);

        // the receiver is mended; sent again, it arrives once, signed, with the same event id
        receiver.stop();
        receiver = start(port, 200);
        WebhookDeliverySummary again = runAs.as(PARTNER, () -> webhooks.sendAgain(subscription, failed.id()));
        assertThat(again.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
        assertThat(again.attempts()).isZero();
        sender.sendDue();
        sender.sendAllPendingNow();
        List<LoggedRequest> received = receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/again")));
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.getHeader("X-Crossfield-Event-Id")).isEqualTo(failed.eventId());
            assertThat(WebhookSignature.verify(mine.secret(), r.getBody(), r.getHeader(WebhookSignature.HEADER))).isTrue();
        });
        assertThat(runAs.as(PARTNER, () -> webhooks.deliveries(subscription)).getFirst().status())
                .isEqualTo(WebhookDeliveryStatus.DELIVERED);
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> webhooks.sendAgain(subscription, failed.id())))
                .as("a delivered one is never sent again").isInstanceOf(InvalidWebhookException.class);

        runAs.run(PARTNER, () -> webhooks.delete(subscription));
        runAs.run(PARTNER, () -> webhooks.delete(another.subscription().id()));
    }

    @Test
    void onlyPartnersAndCoordinatorsManageSubscriptionsAndEachOnlyTheirOwn() {
        CreateWebhookCmd cmd = new CreateWebhookCmd("http://localhost:9/hooks", EnumSet.of(WebhookEventType.POSTING_OPENED));
        for (String refused : List.of("student@demo.crossfield.org", "supervisor@demo.crossfield.org",
                "mentor@demo.crossfield.org", "admin@demo.crossfield.org")) {
            assertThatThrownBy(() -> runAs.run(refused, () -> webhooks.create(cmd))).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.run(refused, webhooks::mySubscriptions)).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }
        NewWebhook coordinators = runAs.as(COORDINATOR, () -> webhooks.create(cmd));
        long id = coordinators.subscription().id();
        assertThat(runAs.as(COORDINATOR, webhooks::mySubscriptions)).extracting(WebhookSummary::id).contains(id);
        for (String notOwner : List.of(PARTNER, otherPartner(), "student@demo.crossfield.org", "admin@demo.crossfield.org")) {
            assertThatThrownBy(() -> runAs.run(notOwner, () -> webhooks.delete(id))).as(notOwner)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.run(notOwner, () -> webhooks.deliveries(id))).as(notOwner)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.run(notOwner, () -> webhooks.subscription(id))).as(notOwner)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(runAs.as(PARTNER, webhooks::mySubscriptions)).extracting(WebhookSummary::id).doesNotContain(id);
        runAs.run(COORDINATOR, () -> webhooks.delete(id));
        assertThat(runAs.as(COORDINATOR, webhooks::mySubscriptions)).extracting(WebhookSummary::id).doesNotContain(id);
    }

    @Test
    void aSubscriptionNeedsAUrlCrossfieldCallsAndAtLeastOneEvent() {
        for (String bad : List.of("", "not a url", "ftp://example.org/hooks", "https://user:pw@example.org/hooks")) {
            assertThatThrownBy(() -> runAs.run(PARTNER, () -> webhooks.create(new CreateWebhookCmd(bad,
                    Set.of(WebhookEventType.POSTING_OPENED))))).as(bad).isInstanceOf(InvalidWebhookException.class);
        }
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> webhooks.create(new CreateWebhookCmd("https://example.org/h",
                Set.of())))).isInstanceOf(InvalidWebhookException.class).hasMessageContaining("at least one event");
        // without allow-local-addresses (production), plain http and Crossfield's own network are refused
        assertThatThrownBy(() -> WebhookUrls.check("http://example.org/hooks", false)).hasMessageContaining("https://");
        assertThatThrownBy(() -> WebhookUrls.check("https://127.0.0.1/hooks", false)).hasMessageContaining("internet");
        assertThatThrownBy(() -> WebhookUrls.check("https://10.1.2.3/hooks", false)).hasMessageContaining("internet");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private static WireMockServer start(int port, int status) {
        WireMockServer server = new WireMockServer(options().port(port).bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(status == 503
                ? "Down for maintenance" : "ok")));
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private ChallengeDraft draft(String title) {
        long programme = jdbc.queryForObject("""
                select max(pc.programme_id) from programme_coordinator pc join app_user u on u.id = pc.user_id
                where u.email = ?""", Long.class, COORDINATOR);
        return new ChallengeDraft(programme, title, "A summary", "A description.", null, null,
                LocalDate.now(ZoneOffset.UTC).plusDays(20), null, null, Visibility.PUBLIC, Set.of(),
                List.of(new RequiredCompetency("HDS-04", 3, 1, false)), GovernanceTerms.sandbox());
    }

    /** A sandbox student other application tests do not use (offset 35). */
    private String student() {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'STUDENT'
                where u.email <> 'student@demo.crossfield.org' order by u.id limit 1 offset 35""", String.class);
    }

    private String otherPartner() {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'PARTNER'
                where u.organisation_id <> (select organisation_id from app_user where email = ?) order by u.id limit 1""",
                String.class, PARTNER);
    }
}
