package org.crossfield.e2e;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Page objects of the collaboration workspace, for journeys of parties (recording outcomes and activities) and of
 * coordinators (reporting windows); reuse them rather than reaching for component ids in a journey.
 */
final class WorkspacePages {

    private WorkspacePages() {
    }

    /** "My collaborations": the list a party or coordinator opens workspaces from. */
    record CollaborationsPage(WebDriver driver, String baseUrl) {

        static CollaborationsPage open(WebDriver driver, String baseUrl) {
            driver.get(baseUrl + "/collaborations");
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("my-collaborations")));
            return new CollaborationsPage(driver, baseUrl);
        }

        WorkspacePage openCollaboration(long id) {
            Pages.click(driver, "open-collaboration-" + id);
            return WorkspacePage.waitForIt(driver);
        }
    }

    /** The public showcase of one programme, opened without logging in. */
    record ShowcasePage(WebDriver driver) {

        static ShowcasePage open(WebDriver driver, String baseUrl, String programmeCode) {
            driver.get(baseUrl + "/showcase/" + programmeCode);
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("showcase-title")));
            return new ShowcasePage(driver);
        }

        boolean showsOutcome(long outcomeId) {
            return !driver.findElements(By.id("showcase-outcome-" + outcomeId)).isEmpty();
        }
    }

    /** A coordinator's reporting windows of a programme. */
    record ReportingWindowsPage(WebDriver driver) {

        static ReportingWindowsPage open(WebDriver driver, String baseUrl) {
            driver.get(baseUrl + "/reporting-windows");
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("windows-grid")));
            return new ReportingWindowsPage(driver);
        }

        /** Opens a window for the chosen programme; the due date is typed as ISO (understood in every language). */
        String openWindow(String title, java.time.LocalDate due) {
            Pages.type(driver, "window-title", title);
            Pages.type(driver, "window-due", due.toString());
            driver.findElement(By.cssSelector("#window-due input")).sendKeys(org.openqa.selenium.Keys.ENTER);
            Pages.click(driver, "open-window");
            return Pages.notification(driver, "is open");
        }

        boolean showsConfirmations() {
            return Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmations-grid")))
                    .isDisplayed();
        }
    }

    /** One collaboration's workspace. */
    record WorkspacePage(WebDriver driver) {

        static WorkspacePage open(WebDriver driver, String baseUrl, long collaborationId) {
            driver.get(baseUrl + "/collaborations/" + collaborationId);
            return waitForIt(driver);
        }

        static WorkspacePage waitForIt(WebDriver driver) {
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("workspace-title")));
            return new WorkspacePage(driver);
        }

        String title() {
            return driver.findElement(By.id("workspace-title")).getText();
        }

        /** Uploads a .bib or .ris file in the import dialog, checks how many entries were read, and imports them. */
        String importPublications(Path file, int expectedEntries) {
            return importPublications(file, expectedEntries, false);
        }

        /** Imports a BibTeX or RIS file; {@code joint} ticks "joint public-private" for its entries. */
        String importPublications(Path file, int expectedEntries, boolean joint) {
            Pages.click(driver, "import-publications");
            WebElement upload = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
            WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                    .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
            input.sendKeys(file.toAbsolutePath().toString());
            String found = "Import " + expectedEntries + " of ";
            Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-state"), found));
            if (joint) {
                Pages.click(driver, "import-joint");
            }
            Browser.screenshot(driver, "workspace-import-one");
            Pages.click(driver, "import-confirm");
            return Pages.notification(driver, "imported");
        }

        /** Opens the import dialog and uploads a bibliography; returns the dialog's summary line. */
        String uploadBibliography(Path file) {
            Pages.click(driver, "import-publications");
            WebElement upload = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
            WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                    .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
            input.sendKeys(file.toAbsolutePath().toString());
            Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-state"), "Import "));
            return driver.findElement(By.id("import-state")).getText();
        }

        /** The cells of the import dialog's "cannot be imported" list: entry, line, reason of each, in order. */
        List<String> refusedEntries() {
            return cells("import-refused");
        }

        /** Sets the date of an undated entry (by the line it starts on) in the import preview. */
        void dateUndatedEntry(int line, java.time.LocalDate date) {
            String id = "import-date-" + line;
            Pages.type(driver, id, date.toString()); // ISO: understood in every language
            driver.findElement(By.cssSelector("#" + id + " input")).sendKeys(org.openqa.selenium.Keys.ENTER);
        }

        /** Imports what the preview shows ({@code joint} ticks "joint public-private"), after a screenshot of it. */
        String confirmImport(boolean joint, String screenshot) {
            if (joint) {
                Pages.click(driver, "import-joint");
            }
            Browser.screenshot(driver, screenshot);
            Pages.click(driver, "import-confirm");
            return Pages.notification(driver, "imported");
        }

        /** Records an outcome by hand with the common fields only (not for publications or funding). */
        String recordSimpleOutcome(String typeTitle, String title) {
            Pages.click(driver, "add-outcome");
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-type")));
            Pages.chooseFromComboBox(driver, "outcome-type", typeTitle);
            Pages.type(driver, "outcome-title", title);
            Pages.click(driver, "save-outcome");
            return Pages.notification(driver, "Outcome saved.");
        }

        /** Records a dissemination activity dated today, with its type, audiences and audience size. */
        String recordActivity(String typeTitle, String title, List<String> audiences, int audienceSize) {
            showTab("tab-dissemination");
            Pages.click(driver, "add-activity");
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("activity-type")));
            Pages.chooseFromComboBox(driver, "activity-type", typeTitle);
            Pages.type(driver, "activity-title", title);
            for (String audience : audiences) {
                chooseFromMultiSelect("activity-audiences", audience);
            }
            Pages.type(driver, "activity-audience-size", String.valueOf(audienceSize));
            Pages.click(driver, "save-activity");
            return Pages.notification(driver, "Activity saved.");
        }

        List<String> outcomeCells() {
            showTab("tab-outcomes");
            return cells("outcomes-grid");
        }

        List<String> activityCells() {
            showTab("tab-dissemination");
            return cells("activities-grid");
        }

        /** Confirms the outcomes for a reporting window; returns the notification. */
        String confirmReporting(long windowId) {
            Pages.click(driver, "confirm-reporting-" + windowId);
            return Pages.notification(driver, "confirmed");
        }

        void showTab(String tabId) {
            Pages.click(driver, tabId);
        }

        private List<String> cells(String gridId) {
            // the rendered cells live in the grid's light DOM as vaadin-grid-cell-content
            return driver.findElement(By.id(gridId)).findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).map(String::strip).filter(t -> !t.isEmpty()).toList();
        }

        private void chooseFromMultiSelect(String id, String label) {
            WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
            input.click();
            input.sendKeys(label);
            By item = By.xpath("//vaadin-multi-select-combo-box-item[normalize-space(.)='" + label + "']");
            Browser.waitFor(driver).until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst()
                    .orElse(null)).click();
            input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        }
    }
}
