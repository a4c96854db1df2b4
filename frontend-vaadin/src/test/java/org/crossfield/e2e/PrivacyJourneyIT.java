package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 13's journey for the data-subject rights: a student (of their own, so the demo student stays) accepts the
 * privacy notice at their first login, downloads their data and asks for erasure; an administrator reviews the request
 * and carries it out; the former student cannot log in any more.
 */
class PrivacyJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "amber-heron-quietly-41";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void aStudentDownloadsTheirDataAsksForErasureAndCannotLogInOnceItIsCarriedOut() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "erin." + suffix + "@privacy-journey.test";
        String name = "Erin Journey " + suffix;
        jdbc.update("""
                insert into app_user (email, display_name, password_hash, organisation_id, enabled, locale, demo, created_at,
                    version, status, session_epoch)
                select ?, ?, ?, organisation_id, true, 'en', false, ?, 0, 'ACTIVE', 0 from app_user
                where email = 'student@demo.crossfield.org'""", email, name, passwords.encode(PASSWORD), Timestamp.from(Instant.now()));
        jdbc.update("insert into user_role (user_id, role) select id, 'STUDENT' from app_user where email = ?", email);
        long personId = jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);

        // first login: the privacy notice comes before anything else
        submitLogin(email, PASSWORD);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("consent-notice")));
        assertThat(driver.findElements(By.id("main-nav"))).isEmpty();
        Pages.click(driver, "consent-read");
        Pages.click(driver, "consent-accept");
        Pages.MainLayout student = new Pages.MainLayout(driver, baseUrl());
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        assertThat(student.navigation()).contains("My data");

        // My data: the ZIP downloads, then the request for erasure
        student.open("my-data");
        Pages.click(driver, "prepare-my-data");
        WebElement download = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("download-my-data")));
        assertThat(Pages.notification(driver, "ready to download")).isNotBlank();
        Object firstBytes = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(r => r.arrayBuffer())
                    .then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 2)) + ':' + b.byteLength))
                    .catch(e => done('failed: ' + e));""", download);
        assertThat(String.valueOf(firstBytes)).as("a ZIP file").startsWith("PK:");
        Browser.screenshot(driver, "privacy-my-data");
        Pages.click(driver, "request-erasure");
        Pages.click(driver, "confirm-erasure-request");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("erasure-waiting")));
        student.logOut();

        // the administrator reviews the request and carries it out
        Pages.MainLayout admin = login().logInAs("admin@demo.crossfield.org", "demo");
        admin.open("admin/privacy");
        By row = By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), \"" + email + "\")]");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(row)).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("review-kept")));
        assertThat(driver.findElement(By.id("review-kept")).getText()).contains("contract");
        Browser.screenshot(driver, "privacy-erasure-review");
        Pages.click(driver, "carry-out-erasure");
        Pages.click(driver, "confirm-erasure");
        assertThat(Pages.notification(driver, "Erased")).contains("steps carried out");
        admin.logOut();

        // the former student cannot log in any more
        submitLogin(email, PASSWORD);
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/login?error"));
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ? or display_name = ?", Integer.class, email, name))
                .isZero();

        // the administrator's audit log shows every step, about the person now known by their pseudonym
        Pages.MainLayout auditor = login().logInAs("admin@demo.crossfield.org", "demo");
        auditor.open("admin/audit");
        Pages.type(driver, "audit-person", String.valueOf(personId));
        Browser.waitFor(driver).until(d -> gridText().contains("Erasure carried out"));
        String steps = gridText();
        // actions by name, not code
        assertThat(steps).contains("Signed in", "Personal data exported", "Erasure requested", "Erasure carried out",
                "Former user " + personId).doesNotContain(name).doesNotContain(email);
        Browser.screenshot(driver, "privacy-audit-log");
        // the refused login came after the erasure: the address belongs to no account any more, so the log keeps it
        // without a person (it may be anyone's typo) and says so
        long erasureSeq = jdbc.queryForObject("select max(seq) from audit_entry where action = 'ERASURE_CARRIED_OUT' and subject_id = ?",
                Long.class, personId);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN_FAILED' and seq > ?"
                + " and details like 'Unknown address%'", Integer.class, erasureSeq)).isPositive();
        WebElement person = driver.findElement(By.cssSelector("#audit-person input"));
        person.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE);
        Pages.chooseFromComboBox(driver, "audit-action", "Sign-in failed");
        Browser.waitFor(driver).until(d -> gridText().contains("Address without an account") && !gridText().contains("Erasure"));
    }

    /** What the audit grid shows now (its rendered cells). */
    private String gridText() {
        return String.join(" | ", driver.findElements(By.cssSelector("#audit-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList());
    }

    private void submitLogin(String email, String password) {
        login();
        WebElement user = driver.findElement(By.cssSelector("input[name='username']"));
        user.clear();
        user.sendKeys(email);
        WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
        pass.clear();
        pass.sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
    }
}
