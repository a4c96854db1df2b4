package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The administrator reads the audit log in a 1280 × 900 window (the menu open): actions by name, and the "Who" and
 * "About" of their own sign-in, the newest entry, whole; the grid fits without scrolling sideways.
 */
class AuditLogJourneyIT extends BrowserJourney {

    @Test
    void theAuditLogIsReadableAt1280Pixels() {
        Pages.MainLayout admin = login().logInAs("admin@demo.crossfield.org", "demo");
        admin.open("admin/audit");
        Browser.waitFor(driver).until(d -> cells().stream().anyMatch(cell -> cell.getText().equals("Signed in")));
        Browser.screenshot(driver, "audit-log-1280");

        List<WebElement> names = cells().stream().filter(cell -> cell.getText().equals("Ada Admin")).toList();
        assertThat(names).as("who and about of the newest sign-in").hasSizeGreaterThanOrEqualTo(2);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (WebElement cell : names) {
            assertThat((Boolean) js.executeScript("return arguments[0].scrollWidth <= arguments[0].clientWidth;", cell))
                    .as("the name is not cut short").isTrue();
        }
        assertThat((Boolean) js.executeScript("""
                const table = document.getElementById('audit-grid').shadowRoot.getElementById('table');
                return table.scrollWidth <= table.clientWidth + 1;"""))
                .as("every column fits in the window").isTrue();
        assertThat(cells().stream().map(WebElement::getText)).doesNotContain("SIGN_IN");
    }

    private List<WebElement> cells() {
        return driver.findElements(By.cssSelector("#audit-grid vaadin-grid-cell-content"));
    }
}
