package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The screens of the user guide, photographed along one journey through the marketplace: a student saves a search, a
 * partner's challenge is approved by a coordinator, the student gets the alert, ranks the projects they applied to; the
 * partner awards a closed challenge; the supervisor reviews applications and closes a project. Each step is asserted.
 *
 * <p>Screenshots go to target/screenshots; with {@code -Dcrossfield.docs.images=../docs/images} (relative to
 * frontend-vaadin) they are also written there, which is how docs/images is refreshed:
 * {@code ./mvnw -o verify -pl frontend-vaadin -am -Dit.test=DocsScreenshotsIT -Dtest=none -Dcrossfield.browser.required=true
 * -Dcrossfield.docs.images=../docs/images}.
 */
class DocsScreenshotsIT extends BrowserJourney {

    private static final String WORD = "sepsis";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theUserGuideScreens() {
        long closed = challenge("Sepsis early warning from ICU time series", "CLOSED", LocalDate.now(ZoneOffset.UTC).minusDays(2));
        String submittedTitle = "Federated sepsis risk scores across hospitals";
        challenge(submittedTitle, "SUBMITTED", LocalDate.now(ZoneOffset.UTC).plusDays(45));

        // a student searches and saves the search with alerts
        Pages.MainLayout student = login().logInAs("student@demo.crossfield.org", "demo");
        student.open("postings");
        Pages.type(driver, "posting-search", WORD);
        Browser.waitFor(driver).until(d -> d.findElement(By.id("posting-grid")).getText().toLowerCase().contains(WORD));
        shot("student-find-postings");
        Pages.click(driver, "save-search");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-search-name")));
        Pages.type(driver, "saved-search-name", "Sepsis postings");
        shot("student-save-search");
        Pages.click(driver, "saved-search-confirm");
        assertThat(Pages.notification(driver, "Saved as")).contains("Sepsis postings");
        student.open("saved-searches");
        Browser.waitFor(driver).until(d -> d.findElement(By.id("saved-searches-grid")).getText().contains("Sepsis postings"));
        shot("student-saved-searches");
        student.logOut();

        // the coordinator approves the partner's submitted challenge
        Pages.MainLayout coordinator = login().logInAs("coordinator@demo.crossfield.org", "demo");
        coordinator.open("approvals");
        cell(submittedTitle).click();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("approve-posting")));
        shot("coordinator-approvals");
        Pages.click(driver, "approve-posting");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-approve")));
        assertThat(jdbc.queryForObject("select status from challenge where title = ?", String.class, submittedTitle))
                .as("nothing happens before the confirmation").isEqualTo("SUBMITTED");
        shot("coordinator-approve-confirm");
        Pages.click(driver, "confirm-approve");
        assertThat(Pages.notification(driver, "Approved")).contains(submittedTitle);
        coordinator.logOut();

        // the student is told, and ranks the projects they applied to
        student = login().logInAs("student@demo.crossfield.org", "demo");
        student.open("notifications");
        Browser.waitFor(driver).until(d -> d.findElement(By.tagName("body")).getText().contains(submittedTitle));
        shot("student-notifications");
        student.open("ranking");
        Browser.waitFor(driver).until(d -> !d.findElement(By.id("ranking-grid")).getText().isBlank());
        shot("student-ranking");
        student.open("my-applications");
        Browser.waitFor(driver).until(d -> !d.findElement(By.id("my-applications-grid")).getText().isBlank());
        shot("student-my-applications");
        Long withdrawable = jdbc.queryForObject("""
                select max(a.id) from application a join app_user u on u.id = a.student_id
                where u.email = 'student@demo.crossfield.org' and a.status in ('SUBMITTED', 'UNDER_REVIEW', 'SHORTLISTED')""",
                Long.class);
        if (withdrawable != null) {
            Pages.click(driver, "withdraw-" + withdrawable);
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-withdraw")));
            shot("student-withdraw-confirm");
            Pages.click(driver, "confirmation-cancel");
            assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, withdrawable))
                    .isNotEqualTo("WITHDRAWN");
        }
        student.logOut();

        // the partner awards the closed challenge
        Pages.MainLayout partner = login().logInAs("partner@demo.crossfield.org", "demo");
        partner.open("my-challenges");
        cell("Sepsis early warning from ICU time series").click();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("award-challenge")));
        shot("partner-my-challenges");
        Pages.click(driver, "award-challenge");
        assertThat(Pages.notification(driver, "Marked as awarded")).isNotBlank();
        assertThat(jdbc.queryForObject("select status from challenge where id = ?", String.class, closed)).isEqualTo("AWARDED");
        partner.logOut();

        // the supervisor reviews applications and sees the end-of-life buttons of an open project
        Pages.MainLayout supervisor = login().logInAs("supervisor@demo.crossfield.org", "demo");
        supervisor.open("applications");
        // the first "Submitted" is the column header; the second is a row's status
        By submitted = By.xpath("(//vaadin-grid[@id='applications-grid']/vaadin-grid-cell-content[normalize-space(.)='Submitted'])[2]");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(submitted)).click();
        Browser.waitFor(driver).until(d -> !d.findElement(By.id("application-status")).getText().isBlank());
        shot("supervisor-applications");
        supervisor.open("my-projects");
        String project = jdbc.queryForObject("""
                select p.title from phd_project p join app_user u on u.id = p.supervisor_id
                where u.email = 'supervisor@demo.crossfield.org' and p.status = 'OPEN' order by p.id limit 1""", String.class);
        cell(project).click();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("close-project")));
        shot("supervisor-my-projects");
    }

    /**
     * The screens of putting Crossfield into service, photographed as their roles use them: a student's dashboard with
     * what is waiting for them, their data and their API tokens; the administrator's audit log and privacy page; and
     * what a mistyped address shows inside the application.
     */
    @Test
    void theServiceScreens() {
        Pages.MainLayout student = login().logInAs("student@demo.crossfield.org", "demo");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("main-nav")));
        shot("dashboard-student");
        student.open("my-data");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("prepare-my-data")));
        shot("student-my-data");
        student.open("account/api-tokens");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("create-token")));
        Pages.type(driver, "token-name", "Reference manager");
        shot("student-api-tokens");
        student.logOut();

        Pages.MainLayout admin = login().logInAs("admin@demo.crossfield.org", "demo");
        admin.open("admin/audit");
        // the administrator's own sign-in is the newest entry
        Browser.waitFor(driver).until(d -> d.findElements(By.cssSelector("#audit-grid vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().contains("Ada Admin")));
        shot("admin-audit-log");
        admin.open("admin/privacy");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("publish-notice")));
        shot("admin-privacy");
        admin.logOut();
    }

    private long challenge(String title, String status, LocalDate deadline) {
        jdbc.update("""
                insert into challenge (programme_id, organisation_id, created_by, title, summary, description, deadline, visibility,
                  data_tier, access_model, status, submitted_at, published_at, closed_at, created_at, version)
                select (select min(id) from programme), organisation_id, id, ?, 'Early warning of sepsis from ICU time series',
                  'Build and validate an early-warning model on synthetic ICU data.', ?, 'PUBLIC', 'SYNTHETIC', 'FEDERATED', ?,
                  current_timestamp, case when ? = 'SUBMITTED' then null else current_timestamp end,
                  case when ? = 'CLOSED' then current_timestamp else null end, current_timestamp, 0
                from app_user where email = 'partner@demo.crossfield.org'""", title, java.sql.Date.valueOf(deadline), status, status, status);
        long id = jdbc.queryForObject("select max(id) from challenge where title = ?", Long.class, title);
        jdbc.update("insert into challenge_requirement (challenge_id, competency_code, level, weight, must_have) values (?, 'DSDA01', 3, 2, true)", id);
        return id;
    }

    private WebElement cell(String text) {
        By cell = By.xpath("//vaadin-grid-cell-content[contains(., \"" + text + "\")]");
        WebElement found = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(cell));
        // a row at the bottom edge of the grid can lie under the form beside it: bring it to the middle first
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", found);
        return Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(cell));
    }

    /** A screenshot in target/screenshots, and in the user guide's images when asked to. */
    private void shot(String name) {
        Browser.documentationShot(driver, name);
    }
}
