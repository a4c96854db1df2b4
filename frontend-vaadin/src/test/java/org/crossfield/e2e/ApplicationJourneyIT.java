package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A student applies with a PDF CV; the supervisor shortlists and offers; the student accepts the offer. */
class ApplicationJourneyIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path files;

    @Test
    void aStudentAppliesWithACvAndAcceptsTheSupervisorsOffer() throws Exception {
        long project = jdbc.queryForObject("""
                select max(p.id) from phd_project p join app_user u on u.id = p.supervisor_id
                where u.email = 'supervisor@demo.crossfield.org' and p.status = 'OPEN'""", Long.class);
        String title = jdbc.queryForObject("select title from phd_project where id = ?", String.class, project);
        // a sandbox student who has not applied to this project yet (the demo student already has) and reads the screens
        // in English, as this journey does (sandbox people speak German, French or Dutch too)
        String email = jdbc.queryForObject("select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'STUDENT'"
                + " where u.email like '%.example' and u.demo and u.locale = 'en' and not exists (select 1 from application a where a.student_id = u.id"
                + " and a.posting_id = ?) order by u.id limit 1", String.class, project);
        String name = jdbc.queryForObject("select display_name from app_user where email = ?", String.class, email);
        Path cv = files.resolve("stella-cv.pdf");
        Files.writeString(cv, "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.US_ASCII);

        Pages.MainLayout student = login().logInAs(email, "demo");
        student.open("projects/" + project + "/apply");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("submit-application")));
        WebElement motivation = driver.findElement(By.cssSelector("#motivation textarea"));
        motivation.sendKeys("I want to bring my registry-data experience to this project.");
        WebElement upload = driver.findElement(By.id("cv-upload"));
        WebElement fileInput = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        fileInput.sendKeys(cv.toAbsolutePath().toString());
        Browser.waitFor(driver).until(d -> d.findElement(By.id("cv-state")).getText().contains("stella-cv.pdf"));
        Browser.screenshot(driver, "student-apply");
        Pages.click(driver, "submit-application");
        Pages.notification(driver, "ubmitted");
        long application = jdbc.queryForObject("""
                select a.id from application a join app_user u on u.id = a.student_id
                where u.email = ? and a.posting_id = ? and a.status = 'SUBMITTED'""", Long.class, email, project);
        student.logOut();

        Pages.MainLayout supervisor = login().logInAs("supervisor@demo.crossfield.org", "demo");
        supervisor.open("applications");
        By row = By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), \"" + title + "\")]");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(row));
        for (WebElement cell : driver.findElements(row)) {
            if (cell.isDisplayed()) {
                cell.click();
                break;
            }
        }
        Browser.waitFor(driver).until(d -> d.findElement(By.id("application-title")).getText().contains(name));
        assertThat(driver.findElements(By.id("cv-download"))).isNotEmpty();
        Pages.click(driver, "shortlist");
        Pages.click(driver, "confirm-shortlist");
        Pages.notification(driver, "Shortlisted");
        Pages.click(driver, "offer");
        Pages.click(driver, "confirm-offer");
        Pages.notification(driver, "Offer made");
        Browser.screenshot(driver, "supervisor-applications");
        supervisor.logOut();

        Pages.MainLayout again = login().logInAs(email, "demo");
        again.open("my-applications");
        Pages.click(driver, "accept-" + application);
        Pages.click(driver, "confirm-accept");
        Pages.notification(driver, "Offer accepted");
        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, application)).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.user_id"
                + " where u.email = 'supervisor@demo.crossfield.org' and n.body like ?", Long.class, "%" + title + "%")).isPositive();
    }
}
