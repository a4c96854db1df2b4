package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A partner posts a challenge, a coordinator approves it, a student finds it with the search. */
class MarketplaceJourneyIT extends BrowserJourney {

    @Test
    void aPartnersChallengeIsApprovedAndFoundByAStudent() {
        String word = "axolotl" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "q");
        String title = "Predict sepsis " + word;

        Pages.MainLayout partner = login().logInAs("partner@demo.crossfield.org", "demo");
        partner.open("my-challenges");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("save-challenge")));
        Pages.type(driver, "challenge-title", title);
        Pages.type(driver, "challenge-summary", "Early warning from ICU time series");
        typeArea("challenge-description", "Build and validate an early-warning model on synthetic ICU data.");
        WebElement deadline = driver.findElement(By.cssSelector("#challenge-deadline input"));
        deadline.sendKeys(LocalDate.now(ZoneOffset.UTC).plusDays(60).format(DateTimeFormatter.ISO_LOCAL_DATE), Keys.ENTER);
        deadline.sendKeys(Keys.ESCAPE);
        WebElement competency = driver.findElement(By.cssSelector("#requirement-competency input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", competency);
        competency.click();
        competency.sendKeys("DSDA01");
        By item = By.xpath("//vaadin-combo-box-item[contains(normalize-space(.), 'DSDA01')]");
        Browser.waitFor(driver).until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        Pages.click(driver, "add-requirement");
        Browser.waitFor(driver).until(d -> d.findElement(By.id("requirements-grid")).getText().contains("DSDA01"));
        Browser.screenshot(driver, "partner-challenge-form");
        Pages.click(driver, "submit-challenge");
        assertThat(Pages.notification(driver, "Submitted")).contains("coordinators review it next");
        partner.logOut();

        Pages.MainLayout coordinator = login().logInAs("coordinator@demo.crossfield.org", "demo");
        coordinator.open("approvals");
        cell(title).click();
        Pages.click(driver, "approve-posting");
        Pages.click(driver, "confirm-approve");
        assertThat(Pages.notification(driver, "Approved")).contains(title);
        Browser.screenshot(driver, "coordinator-approvals");
        coordinator.logOut();

        Pages.MainLayout student = login().logInAs("student@demo.crossfield.org", "demo");
        student.open("postings");
        Pages.type(driver, "posting-search", word);
        Browser.waitFor(driver).until(d -> d.findElement(By.id("posting-grid")).getText().contains(title));
        assertThat(cell(title).getText()).contains(title);
        Browser.screenshot(driver, "student-finds-posting");
    }

    private void typeArea(String id, String text) {
        WebElement area = driver.findElement(By.cssSelector("#" + id + " textarea"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", area);
        area.clear();
        area.sendKeys(text);
    }

    private WebElement cell(String text) {
        By cell = By.xpath("//vaadin-grid-cell-content[contains(., '" + text + "')]");
        return Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(cell));
    }
}
