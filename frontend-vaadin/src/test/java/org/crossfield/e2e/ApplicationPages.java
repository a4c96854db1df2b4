package org.crossfield.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page objects of the marketplace and application screens: posting a challenge, applying, reviewing, answering an offer. */
final class ApplicationPages {

    private ApplicationPages() {
    }

    /** "My challenges": fills the new-challenge form with one required competency and submits it for review. */
    static void postChallenge(WebDriver driver, String title) {
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("save-challenge")));
        Pages.type(driver, "challenge-title", title);
        Pages.type(driver, "challenge-summary", "Early warning from ICU time series");
        typeArea(driver, "challenge-description", "Build and validate an early-warning model on synthetic ICU data.");
        WebElement deadline = driver.findElement(By.cssSelector("#challenge-deadline input"));
        deadline.sendKeys(LocalDate.now(ZoneOffset.UTC).plusDays(60).format(DateTimeFormatter.ISO_LOCAL_DATE), Keys.ENTER);
        deadline.sendKeys(Keys.ESCAPE);
        WebElement competency = driver.findElement(By.cssSelector("#requirement-competency input"));
        scrollTo(driver, competency);
        competency.click();
        competency.sendKeys("DSDA01");
        By item = By.xpath("//vaadin-combo-box-item[contains(normalize-space(.), 'DSDA01')]");
        Browser.waitFor(driver).until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        Pages.click(driver, "add-requirement");
        Browser.waitFor(driver).until(d -> d.findElement(By.id("requirements-grid")).getText().contains("DSDA01"));
        Pages.click(driver, "submit-challenge");
        Pages.notification(driver, "Submitted");
    }

    /** "Approvals": approves the posting with this title. */
    static void approve(WebDriver driver, String title) {
        cell(driver, title).click();
        Pages.click(driver, "approve-posting");
        Pages.click(driver, "confirm-approve");
        Pages.notification(driver, "Approved");
    }

    /** "Find postings": searches for a word and opens the posting with this title. */
    static void findAndOpen(WebDriver driver, String word, String title) {
        Pages.type(driver, "posting-search", word);
        Browser.waitFor(driver).until(d -> d.findElement(By.id("posting-grid")).getText().contains(title));
        cell(driver, title).click();
        Browser.waitFor(driver).until(d -> d.findElement(By.id("challenge-heading")).getText().equals(title));
    }

    /** The apply form: writes a motivation, attaches a CV and submits. */
    static void applyWithCv(WebDriver driver, String motivation, Path cv) {
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("submit-application")));
        driver.findElement(By.cssSelector("#motivation textarea")).sendKeys(motivation);
        WebElement upload = driver.findElement(By.id("cv-upload"));
        WebElement fileInput = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        fileInput.sendKeys(cv.toAbsolutePath().toString());
        String name = cv.getFileName().toString();
        Browser.waitFor(driver).until(d -> d.findElement(By.id("cv-state")).getText().contains(name));
        Pages.click(driver, "submit-application");
        // the notice is in the student's language (journeys borrow students who read German, French or Dutch too)
        Browser.waitFor(driver).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream().map(WebElement::getText)
                        .anyMatch(t -> java.util.stream.Stream.of("ubmitted", "eingereicht", "soumise", "ingediend").anyMatch(t::contains)));
    }

    /** "Applications": opens the application to the posting with this title and waits for the student's name. */
    static void openApplication(WebDriver driver, String postingTitle, String studentName) {
        By row = By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), \"" + postingTitle + "\")]");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(row));
        driver.findElements(row).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        Browser.waitFor(driver).until(d -> d.findElement(By.id("application-title")).getText().contains(studentName));
    }

    /** The grid cell showing {@code text}. */
    static WebElement cell(WebDriver driver, String text) {
        By cell = By.xpath("//vaadin-grid-cell-content[contains(., '" + text + "')]");
        return Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(cell));
    }

    private static void typeArea(WebDriver driver, String id, String text) {
        WebElement area = driver.findElement(By.cssSelector("#" + id + " textarea"));
        scrollTo(driver, area);
        area.clear();
        area.sendKeys(text);
    }

    private static void scrollTo(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
