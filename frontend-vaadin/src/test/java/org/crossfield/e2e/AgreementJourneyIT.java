package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A student accepts an offer; the partner drafts the agreement from LAMBERT_1, proposes a longer publication delay and
 * sends it for approval; the student sees the difference and approves, so do the supervisor and the partner; the signed
 * PDF downloads, carries the recorded fingerprint on every page and checks out as genuine on the verify screen.
 */
class AgreementJourneyIT extends BrowserJourney {

    static final String PARTNER = "partner@demo.crossfield.org";
    static final String SUPERVISOR = "supervisor@demo.crossfield.org";

    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path files;

    @Test
    void fromAnAcceptedOfferToASignedAgreementWhosePdfMatchesTheRecord() throws Exception {
        // an offer of the demo supervisor to a sandbox student who has not applied to that project
        long project = jdbc.queryForObject("""
                select max(p.id) from phd_project p join app_user u on u.id = p.supervisor_id
                where u.email = ? and p.status = 'OPEN'""", Long.class, SUPERVISOR);
        String student = jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'STUDENT'
                where u.email like '%.example' and u.demo and not exists (select 1 from application a where a.student_id = u.id)
                order by u.id desc limit 1""", String.class);
        jdbc.update("""
                insert into application (posting_type, posting_id, student_id, status, motivation, created_at, updated_at,
                                         submitted_at, demo, version)
                select 'PROJECT', ?, id, 'OFFERED', 'Registry data are my thing.', now(6), now(6), now(6), false, 0
                from app_user where email = ?""", project, student);
        long application = jdbc.queryForObject("select max(id) from application where posting_id = ? and status = 'OFFERED'", Long.class, project);

        Pages.MainLayout asStudent = login().logInAs(student, "demo");
        asStudent.open("my-applications");
        Pages.click(driver, "accept-" + application);
        Pages.click(driver, "confirm-accept");
        Pages.notification(driver, "Offer accepted");
        long collaboration = jdbc.queryForObject("select id from collaboration where application_id = ?", Long.class, application);
        // the project's industry partner is the demo partner's company (a project linked to its challenge would say so)
        jdbc.update("""
                update collaboration set partner_organisation_id = (select organisation_id from app_user where email = ?)
                where id = ? and partner_organisation_id is null""", PARTNER, collaboration);
        asStudent.logOut();

        // the partner drafts it from LAMBERT_1, proposes a longer delay and sends it for approval
        Pages.MainLayout asPartner = login().logInAs(PARTNER, "demo");
        asPartner.open("agreements");
        String label = jdbc.queryForObject("""
                select concat(c.title, ' — ', s.display_name, ' — ', o.name) from collaboration c
                join app_user s on s.id = c.student_id join organisation o on o.id = c.partner_organisation_id where c.id = ?""",
                String.class, collaboration);
        Pages.chooseFromComboBox(driver, "start-collaboration", label);
        // IP regimes by their names ("Lambert 1: university owns; …"), as everywhere else
        chooseFromSelect("start-regime", org.crossfield.i18n.ReferenceNames.ipRegime("LAMBERT_1",
                jdbc.queryForObject("select title from ip_regime where code = 'LAMBERT_1'", String.class), java.util.Locale.ENGLISH));
        Pages.click(driver, "start-agreement");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-title")));
        long agreement = jdbc.queryForObject("select id from agreement where collaboration_id = ?", Long.class, collaboration);
        Pages.type(driver, "term-max-delay", "120");
        Pages.type(driver, "proposal-note", "We need time to file a patent before publication.");
        Pages.click(driver, "propose");
        Pages.notification(driver, "Version 2 proposed");
        Pages.click(driver, "request-approvals");
        Pages.click(driver, "confirm-request-approvals");
        Pages.notification(driver, "asked to approve version 2");
        Browser.screenshot(driver, "agreement-partner-proposed");
        asPartner.logOut();

        // the student sees what changed, and approves
        asStudent = login().logInAs(student, "demo");
        asStudent.open("agreements/" + agreement);
        Pages.click(driver, "tab-versions");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("diff-terms")));
        cellContaining("Maximum publication delay");
        cellContaining("120 days");
        Browser.waitFor(driver).until(d -> d.findElement(By.id("diff-text")).getText().contains("at most 120 days"));
        assertThat(driver.findElements(By.cssSelector("#diff-text .diff-removed"))).anyMatch(e -> e.getText().contains("at most 90 days"));
        Browser.screenshot(driver, "agreement-student-diff");
        Pages.click(driver, "approve");
        Pages.click(driver, "confirm-approve");
        Pages.notification(driver, "Approved version 2");
        asStudent.logOut();

        Pages.MainLayout asSupervisor = login().logInAs(SUPERVISOR, "demo");
        asSupervisor.open("agreements/" + agreement);
        Pages.click(driver, "approve");
        Pages.click(driver, "confirm-approve");
        Pages.notification(driver, "Approved");
        asSupervisor.logOut();

        asPartner = login().logInAs(PARTNER, "demo");
        asPartner.open("agreements/" + agreement);
        Pages.click(driver, "approve");
        Pages.click(driver, "confirm-approve");
        Pages.notification(driver, "the agreement is signed");
        Browser.waitFor(driver).until(d -> d.findElement(By.id("agreement-status")).getText().equals("Signed"));
        String recorded = jdbc.queryForObject("select signed_sha256 from agreement where id = ?", String.class, agreement);
        assertThat(recorded).isNotNull();
        Pages.click(driver, "tab-approvals");
        Browser.waitFor(driver).until(d -> d.findElement(By.id("signed-sha")).getText().equals(recorded));
        Browser.screenshot(driver, "agreement-signed");

        // the PDF downloads with the partner's session and carries the recorded fingerprint on every page
        String href = driver.findElement(By.id("pdf-download")).getDomAttribute("href");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/").resolve(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        byte[] pdf = response.body();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getKeywords()).contains(recorded);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).as("page " + page).contains("SHA-256 " + recorded);
            }
        }

        // and anyone can check it on the verify screen
        Path saved = files.resolve("agreement.pdf");
        Files.write(saved, pdf);
        asPartner.open("verify-agreement");
        WebElement upload = driver.findElement(By.id("verify-upload"));
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(saved.toAbsolutePath().toString());
        Browser.waitFor(driver).until(d -> "VALID".equals(d.findElement(By.id("verify-outcome")).getDomAttribute("data-outcome")));
        assertThat(driver.findElement(By.id("verify-fingerprint")).getText()).isEqualTo(recorded);
        assertThat(driver.findElement(By.id("verify-message")).getText()).contains("Genuine").contains("version 2");
        Browser.screenshot(driver, "agreement-verified");
    }

    private void cellContaining(String text) {
        By cell = By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), \"" + text + "\")]");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(cell));
    }

    private void chooseFromSelect(String id, String label) {
        WebElement select = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
        select.click();
        By item = By.xpath("//vaadin-select-item[normalize-space(.)=\"" + label + "\"]");
        Browser.waitFor(driver).until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
    }
}
