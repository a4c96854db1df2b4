package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every menu entry of every demo account opens in a real browser without an error, passes axe-core's WCAG 2.1 A/AA
 * rules without a serious or critical violation, and is photographed (target/screenshots/tour-ROLE-PAGE.png) for
 * review and for the user guide. The main views are therefore exactly the menu entries of each role (listed in
 * NavigationAccessTest), the login page included.
 *
 * <p>The main dialogs are checked the same way while they are open: the save-search dialog and the delete dialog of a
 * saved search, the apply form with its CV upload, the confirmation to withdraw an application (platform.ui.Confirmation,
 * the one confirmation dialog every feature uses), and the coordinator's approval confirmation over the posting preview.
 */
class ScreenTourIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "coordinator", "partner", "mentor", "supervisor", "student"})
    void everyMenuEntryOpens(String role) {
        Pages.LoginPage loginPage = login();
        List<String> violations = new ArrayList<>();
        Accessibility.seriousViolations(driver).forEach(v -> violations.add("login: " + v));
        Pages.MainLayout layout = loginPage.logInAs(role + "@demo.crossfield.org", "demo");
        List<String> paths = driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(item -> item.getDomAttribute("path")).toList();
        assertThat(paths).isNotEmpty();
        for (String path : paths) {
            layout.open(path);
            Browser.waitFor(driver).until(d -> !d.findElement(By.id("view-title")).getText().isBlank());
            String page = driver.findElement(By.tagName("body")).getText();
            assertThat(page).as(role + " " + path).doesNotContain("Internal error", "Could not navigate", "Exception");
            assertThat(driver.findElements(By.cssSelector("vaadin-notification-card[theme~='error']")))
                    .as(role + " " + path).extracting(WebElement::getText).isEmpty();
            Browser.screenshot(driver, "tour-" + role + "-" + (path.isEmpty() ? "dashboard" : path.replace('/', '-')));
            Accessibility.seriousViolations(driver).forEach(v -> violations.add(role + " /" + path + ": " + v));
        }
        assertThat(violations).as("serious or critical WCAG 2.1 AA violations").isEmpty();
    }

    /** Waits for the dialog (or the element inside it) with this id, then runs axe on the page with the dialog open. */
    private void checkOpen(String id, String what, List<String> violations) {
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        Browser.screenshot(driver, "dialog-" + what);
        Accessibility.seriousViolations(driver).forEach(v -> violations.add(what + ": " + v));
    }

    @Test
    void aStudentsDialogsPassAxeWhileOpen() {
        String student = "student@demo.crossfield.org";
        long project = jdbc.queryForObject("""
                select max(p.id) from phd_project p where p.status = 'OPEN' and not exists (select 1 from application a
                join app_user u on u.id = a.student_id where a.posting_id = p.id and u.email = ?)""", Long.class, student);
        String name = "axe " + UUID.randomUUID().toString().substring(0, 8);
        List<String> violations = new ArrayList<>();
        Pages.MainLayout layout = login().logInAs(student, "demo");

        layout.open("postings");
        Pages.click(driver, "save-search");
        checkOpen("saved-search-name", "save-search", violations);
        Pages.type(driver, "saved-search-name", name);
        Pages.click(driver, "saved-search-confirm");
        Pages.notification(driver, name);

        layout.open("saved-searches");
        long saved = jdbc.queryForObject("select id from saved_search where name = ?", Long.class, name);
        Pages.click(driver, "delete-saved-search-" + saved);
        checkOpen("confirm-delete-saved-search", "delete-saved-search", violations);
        Pages.click(driver, "confirm-delete-saved-search");

        layout.open("projects/" + project + "/apply");
        checkOpen("cv-upload", "apply-form-with-upload", violations);
        driver.findElement(By.cssSelector("#motivation textarea")).sendKeys("Checked with axe while the form is open.");
        Pages.click(driver, "save-draft");
        Pages.notification(driver, "Draft saved");
        long application = jdbc.queryForObject("""
                select a.id from application a join app_user u on u.id = a.student_id where a.posting_id = ? and u.email = ?""",
                Long.class, project, student);

        layout.open("my-applications");
        Pages.click(driver, "withdraw-" + application);
        checkOpen("confirm-withdraw", "withdraw-application", violations);
        Pages.click(driver, "confirm-withdraw");
        Pages.notification(driver, "withdrawn");
        assertThat(violations).as("serious or critical WCAG 2.1 AA violations in open dialogs").isEmpty();
    }

    @Test
    void theApprovalConfirmationPassesAxeWhileOpen() {
        String title = "Axe check " + UUID.randomUUID().toString().substring(0, 8);
        long programme = jdbc.queryForObject("""
                select min(p.id) from programme p join programme_coordinator c on c.programme_id = p.id
                join app_user u on u.id = c.user_id where u.email = 'coordinator@demo.crossfield.org'""", Long.class);
        jdbc.update("""
                insert into challenge (programme_id, organisation_id, created_by, title, summary, description, deadline, visibility,
                  data_tier, access_model, status, submitted_at, created_at, version)
                select ?, organisation_id, id, ?, 'A summary', 'A description', ?, 'PUBLIC', 'SYNTHETIC', 'FEDERATED', 'SUBMITTED',
                  current_timestamp, current_timestamp, 0 from app_user where email = 'partner@demo.crossfield.org'""",
                programme, title, java.sql.Date.valueOf(LocalDate.now(ZoneOffset.UTC).plusDays(20)));
        List<String> violations = new ArrayList<>();
        Pages.MainLayout layout = login().logInAs("coordinator@demo.crossfield.org", "demo");
        layout.open("approvals");
        ApplicationPages.cell(driver, title).click();
        Browser.waitFor(driver).until(d -> d.findElement(By.id("preview-title")).getText().equals(title));
        Accessibility.seriousViolations(driver).forEach(v -> violations.add("approvals with the preview: " + v));
        Pages.click(driver, "approve-posting");
        checkOpen("confirm-approve", "approve-posting", violations);
        Pages.click(driver, "confirmation-cancel");
        assertThat(violations).as("serious or critical WCAG 2.1 AA violations in open dialogs").isEmpty();
    }
}
