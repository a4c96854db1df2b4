package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A notification from the bell to where it points, and the same news as mail in the administrator's mailbox. */
class NotificationJourneyIT extends BrowserJourney {

    private static final String STUDENT = "student@demo.crossfield.org";

    @Autowired
    NotificationService notifications;
    @Autowired
    RunAs runAs;

    @Test
    void aStudentFollowsTheBellToTheNotificationAndTheAdministratorReadsTheCapturedMail() {
        String title = "Your profile needs evidence " + UUID.randomUUID().toString().substring(0, 8);
        runAs.run(STUDENT, notifications::markAllRead);
        runAs.run("coordinator@demo.crossfield.org", () -> notifications.notify(new NotifyCmd(List.of(runAs.idOf(STUDENT)),
                NotificationTemplates.GENERIC, Map.of("title", title, "message", "Add evidence to <em>two</em> competencies."),
                "profile")));

        Pages.MainLayout student = login().logInAs(STUDENT, "demo");
        WebElement badge = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("notification-count")));
        assertThat(badge.getText()).isEqualTo("1");
        driver.findElement(By.id("notification-bell-button")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("notification-grid")));
        Browser.screenshot(driver, "notification-centre");
        cell(title).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("save-profile")));
        Browser.waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("notification-count")));
        student.logOut();

        Pages.MainLayout admin = login().logInAs("admin@demo.crossfield.org", "demo");
        admin.open("admin/mailbox");
        driver.findElement(By.id("send-pending")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));
        cell(title).click();
        WebElement frame = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("mail-html")));
        assertThat(frame.getDomAttribute("sandbox")).isEmpty();
        assertThat(driver.findElement(By.id("mail-text")).getText()).contains(title, "Add evidence to <em>two</em> competencies.");
        Browser.screenshot(driver, "admin-mailbox");
        driver.switchTo().frame(frame);
        String shown = Browser.waitFor(driver).until(d -> {
            String text = d.findElement(By.tagName("body")).getText();
            return text.contains(title) ? text : null;
        });
        assertThat(shown).contains("Add evidence to <em>two</em> competencies.");
        assertThat(driver.findElements(By.tagName("em"))).as("the model's markup is text, not markup").isEmpty();
        driver.switchTo().defaultContent();
    }

    /** The grid cell showing {@code text} (grids render their cells into the page as vaadin-grid-cell-content). */
    private WebElement cell(String text) {
        By cell = By.xpath("//vaadin-grid-cell-content[contains(., '" + text + "')]");
        return Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(cell));
    }
}
