package org.crossfield.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page objects: what a person sees and does, by stable component ids. */
final class Pages {

    private Pages() {
    }

    record LoginPage(WebDriver driver, String baseUrl) {

        LoginPage open() {
            driver.get(baseUrl + "/login");
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
            return this;
        }

        MainLayout logInAs(String email, String password) {
            WebElement user = driver.findElement(By.cssSelector("input[name='username']"));
            user.clear();
            user.sendKeys(email);
            WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
            pass.clear();
            pass.sendKeys(password);
            driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
            return new MainLayout(driver, baseUrl);
        }
    }

    record MainLayout(WebDriver driver, String baseUrl) {

        List<String> navigation() {
            return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                    .map(item -> item.getText().strip()).toList();
        }

        String currentUser() {
            return driver.findElement(By.id("current-user")).getText();
        }

        ProfilePage openProfile() {
            driver.get(baseUrl + "/profile");
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("save-profile")));
            return new ProfilePage(driver);
        }

        void open(String path) {
            driver.get(baseUrl + "/" + path);
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("view-title")));
        }

        boolean shows(String id) {
            return !driver.findElements(By.id(id)).isEmpty();
        }

        LoginPage logOut() {
            driver.findElement(By.id("logout")).click();
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
            return new LoginPage(driver, baseUrl);
        }
    }

    /** Picks the item with {@code label} from a Vaadin combo box, after typing it as a filter. */
    static void chooseFromComboBox(WebDriver driver, String id, String label) {
        WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(label);
        By item = By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + label + "']");
        Browser.waitFor(driver).until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null)).click();
    }

    static void type(WebDriver driver, String id, String text) {
        WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.clear();
        input.sendKeys(text);
    }

    static void click(WebDriver driver, String id) {
        // a person scrolls to the button first: on a long page it may lie outside the scrolled content
        WebElement present = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", present);
        WebElement button = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        try {
            button.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException coveredByANotification) {
            // a notification card of the previous step lies over the button: a person would click beside it or wait;
            // the journey clicks the button itself
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", button);
        }
    }

    /** Waits until a Vaadin notification with {@code text} shows, and returns its whole text. */
    static String notification(WebDriver driver, String text) {
        return notification(driver, text, Browser.waitFor(driver));
    }

    /** The same, waiting as long as {@code wait} allows (for work that runs in the background, such as a matching run). */
    static String notification(WebDriver driver, String text, org.openqa.selenium.support.ui.WebDriverWait wait) {
        // a card that closes while it is read goes stale: look again instead of failing
        return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .map(WebElement::getText).filter(t -> t.contains(text)).findFirst().orElse(null));
    }

    record ProfilePage(WebDriver driver) {

        /** The label of the chosen level, e.g. "3 · Senior professional", or "" when not rated. */
        String levelOf(String code) {
            Object label = ((JavascriptExecutor) driver).executeScript(
                    "const s = document.getElementById(arguments[0]);"
                            + "const b = s.querySelector('vaadin-select-value-button') || s.shadowRoot.querySelector('[part=value]');"
                            + "return b ? b.textContent : '';", "level-" + code);
            return label == null ? "" : label.toString().strip();
        }

        String evidenceOf(String code) {
            return driver.findElement(By.cssSelector("#evidence-" + code + " input")).getDomProperty("value");
        }

        ProfilePage chooseLevel(String code, String label) {
            WebElement select = driver.findElement(By.id("level-" + code));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
            select.click();
            // every select keeps its items in the page; click the one in the list that just opened
            By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']");
            Browser.waitFor(driver).until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst()
                    .orElse(null)).click();
            Browser.waitFor(driver).until(d -> label.equals(levelOf(code)));
            return this;
        }

        ProfilePage writeEvidence(String code, String text) {
            WebElement input = driver.findElement(By.cssSelector("#evidence-" + code + " input"));
            input.clear();
            input.sendKeys(text);
            return this;
        }

        String save() {
            driver.findElement(By.id("save-profile")).click();
            return Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-notification-card"))).getText();
        }
    }
}
