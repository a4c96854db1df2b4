package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19's publication reviews: the student asks for review and sees no partner controls; the partner asks for a
 * delay; afterwards both see the date publication is held until as the deadline, and at 1280 px the title, the answer
 * and the buttons fit. The demo agreement is signed by the fixture (signing through the screens is AgreementJourneyIT's
 * subject) and put back as it was afterwards.
 */
class PublicationReviewJourneyIT extends BrowserJourney {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneOffset.UTC); // as Dates.when writes it in English

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachPartySeesOnlyItsOwnActionsAndTheHeldUntilDateAfterADelay() {
        long agreement = jdbc.queryForObject("""
                select a.id from agreement a join agreement_party p on p.agreement_id = a.id and p.role = 'STUDENT'
                join app_user u on u.id = p.user_id where u.email = ? and a.status = 'NEGOTIATION' order by a.id limit 1""",
                Long.class, OutcomeJourneyIT.STUDENT);
        jdbc.update("""
                update agreement a set a.status = 'SIGNED', a.signed_version = a.current_version, a.signed_at = now(6),
                  a.signed_sha256 = (select v.sha256 from agreement_version v where v.agreement_id = a.id
                                     and v.version_no = a.current_version)
                where a.id = ?""", agreement);
        try {
            String title = "Federated survival models across twelve hospital registries, with a long title that must wrap "
                    + UUID.randomUUID().toString().substring(0, 6);
            Pages.MainLayout student = login().logInAs(OutcomeJourneyIT.STUDENT, "demo");
            student.open("agreements/" + agreement);
            showReviews();
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#review-title input")));
            Pages.type(driver, "review-title", title);
            Pages.click(driver, "request-review");
            Pages.notification(driver, "Review requested");
            long review = jdbc.queryForObject("select id from publication_review where title = ?", Long.class, title);
            cellContaining(title);
            assertThat(driver.findElements(By.id("consent-" + review))).isEmpty();
            assertThat(driver.findElements(By.id("delay-days-" + review))).isEmpty();
            assertThat(driver.findElements(By.id("object-" + review))).isEmpty();
            Browser.screenshot(driver, "publication-review-student");
            student.logOut();

            Pages.MainLayout partner = login().logInAs(AgreementJourneyIT.PARTNER, "demo");
            partner.open("agreements/" + agreement);
            showReviews();
            cellContaining(title);
            assertThat(insideTheWindow(By.id("object-" + review))).as("the Object button is inside the window").isTrue();
            Browser.screenshot(driver, "publication-review-partner");
            Pages.type(driver, "delay-days-" + review, "30");
            Pages.type(driver, "review-reason-" + review, "Patent filing");
            Pages.click(driver, "delay-" + review);
            Pages.notification(driver, "Delay asked for");
            Instant deadline = jdbc.queryForObject("select deadline_at from publication_review where id = ?",
                    java.sql.Timestamp.class, review).toInstant();
            String heldUntil = "Held until " + WHEN.format(deadline.plus(Duration.ofDays(30)));
            cellContaining(heldUntil);
            assertThat(driver.findElements(By.id("consent-" + review))).isEmpty();
            partner.logOut();

            login().logInAs(OutcomeJourneyIT.STUDENT, "demo").open("agreements/" + agreement);
            showReviews();
            cellContaining(heldUntil);
            cellContaining("Delayed (30 days): Patent filing");
            Browser.screenshot(driver, "publication-review-delayed");
            Pages.click(driver, "tab-trail");
            cellContaining("(30 days, held until ");
        } finally {
            jdbc.update("update agreement set status = 'NEGOTIATION', signed_version = null, signed_sha256 = null, "
                    + "signed_at = null where id = ?", agreement);
        }
    }

    private void showReviews() {
        Pages.click(driver, "tab-reviews");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("reviews-grid")));
    }

    private void cellContaining(String text) {
        By cell = By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), \"" + text + "\")]");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(cell));
    }

    private boolean insideTheWindow(By locator) {
        WebElement element = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(locator));
        Number right = (Number) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].getBoundingClientRect().right;", element);
        Number width = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;");
        return right.doubleValue() <= width.doubleValue();
    }
}
