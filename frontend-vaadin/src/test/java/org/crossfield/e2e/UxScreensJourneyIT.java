package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The screens issue 17's last items changed, as each role sees them at 1280×900 (screenshots in target/screenshots):
 * the dashboard's "Waiting for you", the report's charts with their sentence and table, the reviewers' fit column and
 * the mentor's count of mentees. Reads only; the demo people are borrowed, nothing is changed.
 */
class UxScreensJourneyIT extends BrowserJourney {

    @Test
    void eachRoleSeesItsPendingWorkReadableChartsTheFitAndItsMentees() {
        Pages.MainLayout coordinator = login().logInAs("coordinator@demo.crossfield.org", "demo");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("pending-work")));
        assertThat(driver.findElement(By.id("pending-work")).getText()).startsWith("Waiting for you");
        Browser.screenshot(driver, "ux-dashboard-coordinator");

        coordinator.open("reports");
        WebElement chart = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#chart-outcome-types svg")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", chart);
        // the labels are drawn at their own size: 13 px on a 1280 px wide screen, never scaled down
        Number scale = (Number) ((JavascriptExecutor) driver).executeScript(
                "const s = arguments[0]; return s.getBoundingClientRect().width / s.viewBox.baseVal.width;", chart);
        assertThat(scale.doubleValue()).isGreaterThan(0.99);
        Browser.screenshot(driver, "ux-report-charts");
        Pages.click(driver, "chart-outcome-types-details");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-outcome-types-table")));
        Browser.screenshot(driver, "ux-report-chart-table");
        coordinator.logOut();

        Pages.MainLayout supervisor = login().logInAs("supervisor@demo.crossfield.org", "demo");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("pending-work")));
        Browser.screenshot(driver, "ux-dashboard-supervisor");
        supervisor.open("applications");
        Browser.waitFor(driver).until(d -> d.findElements(By.cssSelector("#applications-grid vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().matches("\\d{1,3} %")));
        Browser.screenshot(driver, "ux-applications-fit");
        supervisor.logOut();

        Pages.MainLayout mentor = login().logInAs("mentor@demo.crossfield.org", "demo");
        Browser.screenshot(driver, "ux-dashboard-mentor");
        mentor.open("mentoring");
        assertThat(Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("mentor-load"))).getText())
                .startsWith("Mentees now: ");
        Browser.screenshot(driver, "ux-mentoring");
    }
}
