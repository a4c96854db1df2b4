package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every menu entry of every demo account opens in a real browser without an error, passes axe-core's WCAG 2.1 A/AA
 * rules without a serious or critical violation, and is photographed (target/screenshots/tour-ROLE-PAGE.png) for
 * review and for the user guide. The main views are therefore exactly the menu entries of each role (listed in
 * NavigationAccessTest), the login page included.
 */
class ScreenTourIT extends BrowserJourney {

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
}
