package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.crossfield.identity.OrganisationAdminService;
import org.crossfield.identity.OrganisationDetails;
import org.crossfield.identity.OrganisationSummary;
import org.crossfield.identity.OrganisationType;
import org.crossfield.identity.PeopleAdminService;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Institutional sign-in against a real OpenID Connect provider started here (mock-oauth2-server on a free port), and
 * self-registration switched on: the first sign-in asks for a role and leaves a pending account, an administrator
 * approves it, and the next sign-in is in.
 */
class InstitutionalSignInJourneyIT extends BrowserJourney {

    private static final String ISSUER = "test-idp";
    private static final String ADMIN = "admin@demo.crossfield.org";
    private static final MockOAuth2Server IDP = startProvider();

    @Autowired
    OrganisationAdminService organisations;
    @Autowired
    PeopleAdminService people;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    String domain;
    OrganisationSummary organisation;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        String registration = "spring.security.oauth2.client.registration." + ISSUER + ".";
        properties.add(registration + "client-id", () -> "crossfield");
        properties.add(registration + "client-secret", () -> "not-a-secret");
        properties.add(registration + "client-name", () -> "Test University");
        properties.add(registration + "scope", () -> "openid,email,profile");
        properties.add("spring.security.oauth2.client.provider." + ISSUER + ".issuer-uri",
                () -> IDP.issuerUrl(ISSUER).toString());
        properties.add("crossfield.accounts.self-registration", () -> "true");
    }

    @AfterAll
    static void stopProvider() {
        IDP.shutdown();
    }

    @BeforeEach
    void anOrganisation() {
        domain = "journey" + System.nanoTime() + ".example";
        organisation = runAs.as(ADMIN, () -> organisations.create(new OrganisationDetails("Journey Hospital " + domain,
                OrganisationType.HOSPITAL, "DE", Set.of(domain), true)));
    }

    @Test
    void theFirstSignInLeavesAPendingAccountAndAfterApprovalThePersonIsIn() {
        String email = "irene.idp@" + domain;
        signInThroughTheInstitution("irene-" + domain, email);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("first-sign-in-title")));
        assertThat(driver.findElement(By.id("first-sign-in-who")).getText()).contains("Irene Idp", email, organisation.name());
        chooseFromSelect("register-role", "Supervisor");
        Browser.screenshot(driver, "institutional-sign-in-first");
        driver.findElement(By.id("request-access")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("access-requested")));
        Browser.screenshot(driver, "institutional-sign-in-requested");
        assertThat(jdbc.queryForObject("select status from app_user where email = ?", String.class, email)).isEqualTo("PENDING");

        signInThroughTheInstitution("irene-" + domain, email);
        Browser.waitFor(driver).until(d -> loginError().contains("waits for approval"));
        Browser.screenshot(driver, "institutional-sign-in-pending");

        long id = jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
        // the administrators' approval screen is built separately; the approval goes through its service here
        runAs.run(ADMIN, () -> people.approve(id));

        signInThroughTheInstitution("irene-" + domain, email);
        // a first login accepts the privacy notice the sandbox published, before anything else (docs/privacy.md)
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("consent-notice")));
        Pages.click(driver, "consent-read");
        Pages.click(driver, "consent-accept");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        Pages.MainLayout main = new Pages.MainLayout(driver, baseUrl());
        assertThat(main.currentUser()).contains("Irene Idp");
        assertThat(main.navigation()).isNotEmpty();
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Supervisor");
    }

    @Test
    void aPersonRegistersConfirmsTheAddressAndWaits() {
        String email = "rita.reg@" + domain;
        login();
        driver.findElement(By.id("register-link")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("register-title")));
        type("register-name", "Rita Reg");
        type("register-email", email);
        chooseFromSelect("register-role", "Student");
        Browser.screenshot(driver, "register");
        driver.findElement(By.id("register-submit")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("registration-sent")));

        String link = confirmationLink(email);
        driver.get(link);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-title")));
        assertThat(driver.findElement(By.id("confirm-who")).getText()).contains("Student", organisation.name());
        type("confirm-password", "short");
        type("confirm-password-again", "short");
        driver.findElement(By.id("confirm-submit")).click();
        Browser.screenshot(driver, "register-confirm-short-password");
        assertThat(jdbc.queryForObject("select status from app_user where email = ?", String.class, email))
                .as("a refused password confirms nothing").isEqualTo("UNCONFIRMED");
        type("confirm-password", "seven green apples on a shelf");
        type("confirm-password-again", "seven green apples on a shelf");
        driver.findElement(By.id("confirm-submit")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("address-confirmed")));
        assertThat(jdbc.queryForObject("select status from app_user where email = ?", String.class, email)).isEqualTo("PENDING");

        driver.get(link);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("link-problem")));
        assertThat(driver.findElement(By.id("link-problem")).getText()).contains("This link has already been used");
        driver.get(baseUrl() + "/register/confirm/not-a-real-token");
        Browser.waitFor(driver).until(d -> d.findElements(By.id("link-problem")).stream()
                .anyMatch(e -> e.getText().contains("This link is not valid")));
    }

    private void signInThroughTheInstitution(String subject, String email) {
        IDP.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("crossfield"),
                Map.of("email", email, "email_verified", true, "name", "Irene Idp"), 3600));
        login();
        WebElement button = Browser.waitFor(driver).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#sign-in-" + ISSUER + " vaadin-button")));
        button.click();
    }

    private String loginError() {
        Object message = ((JavascriptExecutor) driver).executeScript(
                "const f = document.querySelector('vaadin-login-form');"
                        + "return f && f.error && f.i18n && f.i18n.errorMessage ? f.i18n.errorMessage.message : '';");
        return message == null ? "" : message.toString();
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(text);
    }

    private void chooseFromSelect(String id, String label) {
        driver.findElement(By.id(id)).click();
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']");
        Browser.waitFor(driver).until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null)).click();
    }

    private String confirmationLink(String email) {
        String body = Browser.waitFor(driver).until(d -> jdbc.queryForList("select text_body from mail_outbox where"
                + " to_address = ? order by id desc limit 1", String.class, email).stream().findFirst().orElse(null));
        Matcher m = Pattern.compile("https?://\\S+/(register/confirm/[A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return baseUrl() + "/" + m.group(1);
    }

    private static MockOAuth2Server startProvider() {
        MockOAuth2Server server = new MockOAuth2Server();
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            socket.close();
            server.start(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }
}
