package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What first-day users stumbled over (issue 17), walked in a real browser at 1280×900 with a screenshot of each changed
 * screen in target/screenshots: a refused CV no longer blocks the right one and a posting that asks for a CV gets none
 * without it; the framework administrator previews a new version; reviewers filter their list; students read their fit.
 */
class UsabilityJourneyIT extends BrowserJourney {

    /** A real one-page PDF (uploads are parsed with PDFBox). */
    static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path files;

    @Test
    void aRefusedCvMakesRoomForTheRightOneAndAPostingThatAsksForACvGetsOne() throws Exception {
        long project = jdbc.queryForObject("""
                select max(p.id) from phd_project p where p.status = 'OPEN' and not exists (select 1 from posting_question q
                where q.posting_type = 'PROJECT' and q.posting_id = p.id and q.required)""", Long.class);
        jdbc.update("""
                insert into posting_cv_rule (posting_type, posting_id, cv_required, changed_by, changed_at)
                values ('PROJECT', ?, true, 1, current_timestamp)""", project);
        String email = jdbc.queryForObject("select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'STUDENT'"
                + " where u.email like '%.example' and u.demo and u.locale = 'en' and not exists (select 1 from application a where a.student_id = u.id"
                + " and a.posting_id = ?) order by u.id desc limit 1", String.class, project);
        Path fake = files.resolve("fake.pdf");
        Files.writeString(fake, "This is not a PDF at all.", StandardCharsets.UTF_8);
        Path cv = files.resolve("real-cv.pdf");
        Files.writeString(cv, PDF, StandardCharsets.US_ASCII);

        Pages.MainLayout student = login().logInAs(email, "demo");
        student.open("projects/" + project);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("your-fit")));
        Browser.screenshot(driver, "ux-student-project-fit");
        student.open("projects/" + project + "/apply");
        Browser.waitFor(driver).until(d -> d.findElement(By.id("cv-heading")).getText().contains("required"));
        driver.findElement(By.cssSelector("#motivation textarea")).sendKeys("Registry data is what I know best.");
        Pages.click(driver, "submit-application");
        assertThat(Pages.notification(driver, "asks for a CV")).doesNotContain("Exception");

        upload(driver, "cv-upload", fake);
        assertThat(Pages.notification(driver, "must be a PDF")).contains("Choose a PDF");
        Browser.waitFor(driver).until(d -> d.findElement(By.id("cv-state")).getText().contains("Choose a PDF"));
        Browser.screenshot(driver, "ux-student-cv-refused");
        upload(driver, "cv-upload", cv);
        Browser.waitFor(driver).until(d -> d.findElement(By.id("cv-state")).getText().startsWith("Ready to attach: real-cv.pdf"));
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Too Many Files");
        Browser.screenshot(driver, "ux-student-cv-replaced");
        Pages.click(driver, "submit-application");
        Pages.notification(driver, "ubmitted");
        assertThat(jdbc.queryForObject("""
                select count(*) from application a join app_user u on u.id = a.student_id
                where u.email = ? and a.posting_id = ? and a.status = 'SUBMITTED' and a.cv_file_id is not null""",
                Integer.class, email, project)).isOne();
        student.open("projects/" + project + "/apply");
        Browser.waitFor(driver).until(d -> d.findElement(By.id("cv-state")).getText().equals("Attached: real-cv.pdf"));
        Browser.screenshot(driver, "ux-student-sent-application");
        student.logOut();
    }

    @Test
    void theChangedScreensAsEachRoleSeesThem() throws Exception {
        Pages.MainLayout supervisor = login().logInAs("supervisor@demo.crossfield.org", "demo");
        supervisor.open("applications");
        Browser.waitFor(driver).until(d -> d.findElement(By.id("applications-counts")).getText().startsWith("Showing"));
        Browser.screenshot(driver, "ux-supervisor-applications");
        supervisor.logOut();

        Pages.MainLayout mentor = login().logInAs("mentor@demo.crossfield.org", "demo");
        mentor.open("mentoring");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("project-recommendations")));
        assertThat(driver.findElement(By.id("project-recommendations")).getText()).doesNotContain("0.000");
        Browser.screenshot(driver, "ux-mentor-mentoring");
        mentor.logOut();

        Pages.MainLayout coordinator = login().logInAs("coordinator@demo.crossfield.org", "demo");
        coordinator.open("approvals");
        Browser.screenshot(driver, "ux-coordinator-approvals");
        coordinator.open("reporting-windows");
        Browser.screenshot(driver, "ux-coordinator-reporting-windows");
        coordinator.logOut();

        Pages.MainLayout admin = login().logInAs("admin@demo.crossfield.org", "demo");
        admin.open("admin/framework");
        Path broken = files.resolve("broken.csv");
        Files.writeString(broken, "code,group,title,source\nDSDA01,Analytics,\"Broken,EDSF\nbad code,Analytics,T,EDSF\n",
                StandardCharsets.UTF_8);
        upload(driver, "import-csv", broken);
        Browser.waitFor(driver).until(d -> d.findElement(By.id("import-problems")).getText().contains("Line 2"));
        assertThat(driver.findElement(By.id("import-problems")).getText()).contains("Line 3").doesNotContain("Exception");
        Browser.screenshot(driver, "ux-admin-framework-problems");
        admin.open("notifications");
        Browser.screenshot(driver, "ux-admin-notifications");
        admin.logOut();
    }

    private static void upload(WebDriver driver, String id, Path file) {
        WebElement upload = driver.findElement(By.id(id));
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
