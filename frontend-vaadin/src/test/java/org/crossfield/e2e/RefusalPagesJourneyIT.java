package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A logged-in student who mistypes an address or opens an administrator's page sees a page of Crossfield, inside the
 * layout with the menu, a sentence and the way back (issues 13 and 17), never the browser's bare "HTTP ERROR 403".
 */
class RefusalPagesJourneyIT extends BrowserJourney {

    @Test
    void anUnknownAndAForbiddenAddressAnswerInsideTheLayout() {
        Pages.MainLayout student = login().logInAs("student@demo.crossfield.org", "demo");

        student.open("no-such-page-here");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
        assertThat(driver.findElement(By.id("error-page-title")).getText()).isEqualTo("There is no such page");
        assertThat(student.navigation()).as("the menu is there").contains("Dashboard", "My applications");
        assertThat(driver.findElement(By.id("view-title")).getText()).isEqualTo("There is no such page");
        Browser.screenshot(driver, "ux-not-found");

        student.open("admin/framework");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("access-denied")));
        assertThat(driver.findElement(By.id("error-page-title")).getText()).isEqualTo("You do not have access to this page");
        assertThat(student.navigation()).contains("Dashboard").doesNotContain("Competency framework");
        assertThat(driver.getPageSource()).doesNotContain("HTTP ERROR");
        Browser.screenshot(driver, "ux-access-denied");

        Pages.click(driver, "error-page-back");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
    }
}
