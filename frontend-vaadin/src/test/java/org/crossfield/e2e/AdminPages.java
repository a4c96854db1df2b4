package org.crossfield.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrators' screens as a person uses them: organisations, programmes, invitations. */
final class AdminPages {

    private AdminPages() {
    }

    static void createOrganisation(WebDriver driver, String name, String type, String country, String domains) {
        Pages.click(driver, "new-organisation");
        Pages.type(driver, "organisation-name", name);
        chooseFromSelect(driver, "organisation-type", type);
        Pages.chooseFromComboBox(driver, "organisation-country", country);
        Pages.type(driver, "organisation-domains", domains);
        Pages.click(driver, "save-organisation");
        Pages.notification(driver, "Added " + name);
        Browser.waitFor(driver).until(d -> d.findElement(By.id("organisation-grid")).getText().contains(name));
    }

    static void createProgramme(WebDriver driver, String code, String name, String funder, String organisation) {
        Pages.click(driver, "new-programme");
        Pages.type(driver, "programme-code", code);
        Pages.type(driver, "programme-name", name);
        Pages.type(driver, "programme-funder", funder);
        chooseFromMultiSelect(driver, "programme-organisations", organisation);
        Pages.click(driver, "save-programme");
        Pages.notification(driver, "Added " + code);
        Browser.waitFor(driver).until(d -> d.findElement(By.id("programme-grid")).getText().contains(name));
    }

    /** Fills the one-person invitation, confirms it and waits for the confirmation that it was sent. */
    static void invite(WebDriver driver, String email, String name, String organisation, String role, String programme) {
        Pages.type(driver, "invite-email", email);
        Pages.type(driver, "invite-name", name);
        Pages.chooseFromComboBox(driver, "invite-organisation", organisation);
        tick(driver, "invite-roles", role);
        if (programme != null) {
            chooseFromMultiSelect(driver, "invite-programmes", programme);
        }
        Pages.click(driver, "invite-send");
        WebElement text = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-text")));
        if (!text.getText().contains("An e-mail goes to " + email)) {
            throw new AssertionError("The confirmation says: " + text.getText());
        }
        Pages.click(driver, "invite-confirm");
        Pages.notification(driver, "Invitation sent to " + email);
    }

    /** Uploads a CSV file of invitations and waits for the preview's verdict. */
    static String uploadCsv(WebDriver driver, java.nio.file.Path csv) {
        WebElement upload = driver.findElement(By.id("invite-csv-upload"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", upload);
        WebElement fileInput = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        fileInput.sendKeys(csv.toAbsolutePath().toString());
        WebElement summary = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-csv-summary")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", summary);
        return summary.getText();
    }

    static void chooseFromSelect(WebDriver driver, String id, String label) {
        WebElement select = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
        select.click();
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']");
        Browser.waitFor(driver).until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null)).click();
    }

    /** Picks one item of a multi-select combo box by typing its first word, then closes its list. */
    static void chooseFromMultiSelect(WebDriver driver, String id, String label) {
        WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(label.split(" ")[0]);
        By item = By.xpath("//vaadin-multi-select-combo-box-item[normalize-space(.)='" + label + "']");
        Browser.waitFor(driver).until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null)).click();
        Browser.waitFor(driver).until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "return (document.getElementById(arguments[0]).selectedItems || []).map(i => i.label).join('|')", id))
                .contains(label));
        input.sendKeys(Keys.ESCAPE);
        Browser.waitFor(driver).until(d -> !Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.getElementById(arguments[0]).opened", id)));
    }

    static void tick(WebDriver driver, String groupId, String label) {
        WebElement box = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='" + groupId + "']//vaadin-checkbox[normalize-space(.)='" + label + "']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.click();
    }

    /** Types the same new password twice and submits, on the invitation or the reset page. */
    static void choosePassword(WebDriver driver, String prefix, String submit, String password) {
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(prefix + "-password")));
        Pages.type(driver, prefix + "-password", password);
        Pages.type(driver, prefix + "-password-again", password);
        Pages.click(driver, submit);
    }
}
