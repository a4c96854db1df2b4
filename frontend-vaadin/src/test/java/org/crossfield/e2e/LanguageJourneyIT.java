package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A student chooses German on the login page before logging in: the login page, the navigation and the dashboard are in
 * German, the choice becomes the student's setting, and a date picker understands {@code 31.03.2027} and
 * {@code 2027-03-31} and says in German what it cannot read.
 */
class LanguageJourneyIT extends BrowserJourney {

    private static final String STUDENT = "student@demo.crossfield.org";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToEnglish() {
        // the demo student is shared by every journey: English again for the others
        jdbc.update("update app_user set locale = 'en' where email = ?", STUDENT);
    }

    @Test
    void aStudentChoosesGermanOnTheLoginPage() {
        login();
        WebElement language = driver.findElement(By.id("login-language"));
        language.click();
        By deutsch = By.xpath("//vaadin-select-item[normalize-space(.)='Deutsch']");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(deutsch)).click();
        // the page comes back in German
        // the page reloads: elements of the English page go stale while the German one arrives
        Browser.waitFor(driver).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains("Passwort vergessen?"));
        assertThat(driver.getTitle()).isEqualTo("Anmelden · Crossfield");

        Pages.MainLayout layout = new Pages.LoginPage(driver, baseUrl()).logInAs(STUDENT, "demo");
        assertThat(layout.navigation()).contains("Übersicht", "Mein Kompetenzprofil", "Ausschreibungen finden", "Mein Konto");
        assertThat(driver.findElement(By.id("view-title")).getText()).isEqualTo("Übersicht");
        assertThat(driver.findElement(By.id("logout")).getText()).isEqualTo("Abmelden");
        assertThat(jdbc.queryForObject("select locale from app_user where email = ?", String.class, STUDENT))
                .as("the choice on the login page became the student's setting").isEqualTo("de");
        Browser.screenshot(driver, "language-german-dashboard");

        long collaboration = OutcomeJourneyIT.demoCollaboration(jdbc);
        WorkspacePages.CollaborationsPage.open(driver, baseUrl()).openCollaboration(collaboration);
        Pages.click(driver, "add-outcome");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-date")));

        assertThat(typeDate("31.03.2027")).isEqualTo("2027-03-31");
        assertThat(shownDate()).isEqualTo("31.03.2027");
        assertThat(typeDate("2027-03-31")).isEqualTo("2027-03-31");
        assertThat(shownDate()).isEqualTo("31.03.2027");
        typeDate("31/13/2027");
        WebElement picker = driver.findElement(By.id("outcome-date"));
        Browser.waitFor(driver).until(d -> "true".equals(picker.getDomAttribute("invalid")) || picker.getDomAttribute("invalid") != null);
        assertThat(picker.getText()).contains("Geben Sie ein Datum als 31.03.2027 oder als 2027-03-31 ein.");
        Browser.screenshot(driver, "language-german-date");
    }

    /** Types into the outcome's date picker and leaves the field; returns the picker's value (ISO) as the server sees it. */
    private String typeDate(String text) {
        Pages.type(driver, "outcome-date", text);
        WebElement input = driver.findElement(By.cssSelector("#outcome-date input"));
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        return (String) ((JavascriptExecutor) driver).executeScript("return document.getElementById('outcome-date').value;");
    }

    private String shownDate() {
        return driver.findElement(By.cssSelector("#outcome-date input")).getDomProperty("value");
    }
}
