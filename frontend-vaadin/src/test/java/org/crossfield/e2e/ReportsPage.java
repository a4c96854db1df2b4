package org.crossfield.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The coordinator's Reports page (route {@code reports}): filters, headline figures (ids {@code kpi-CODE},
 * {@code outcomes-total}) and the downloads, fetched with the browser's session as the browser would save them.
 */
record ReportsPage(WebDriver driver, String baseUrl) {

    static ReportsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/reports");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("kpi-grid")));
        return new ReportsPage(driver, baseUrl);
    }

    /** Narrows the report to one programme: clears the selection, then picks the programme ("CODE · Name") by its label. */
    ReportsPage onlyProgramme(String code, String name) {
        String label = code + " · " + name;
        WebElement box = driver.findElement(By.id("report-programmes"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.getShadowRoot().findElement(By.cssSelector("[part~='clear-button']")).click();
        Browser.waitFor(driver).until(d -> status().contains("Choose at least one programme"));
        WebElement input = driver.findElement(By.cssSelector("#report-programmes input"));
        input.click();
        input.sendKeys(name);
        By item = By.xpath("//vaadin-multi-select-combo-box-item[contains(normalize-space(.), '" + label + "')]");
        Browser.waitFor(driver).until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null)).click();
        input.sendKeys(Keys.ESCAPE);
        Browser.waitFor(driver).until(d -> status().startsWith("Report for " + name + ", "));
        return this;
    }

    /** Chooses a calendar year in the period select and waits for the report of that year. */
    ReportsPage year(int year) {
        WebElement select = driver.findElement(By.id("report-period"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
        select.click();
        By item = By.xpath("//vaadin-select-item[normalize-space(.)=\"" + year + "\"]");
        Browser.waitFor(driver).until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null)).click();
        Browser.waitFor(driver).until(d -> status().contains("1 January " + year + " to 31 December " + year));
        return this;
    }

    String status() {
        return driver.findElement(By.id("report-status")).getText();
    }

    /** A headline figure, as shown (e.g. "1,725"). */
    String figure(String code) {
        return driver.findElement(By.id("kpi-" + code)).getText();
    }

    long number(String code) {
        return Long.parseLong(figure(code).replace(",", ""));
    }

    long outcomesTotal() {
        return Long.parseLong(driver.findElement(By.id("outcomes-total")).getText().replace(",", ""));
    }

    /** Fetches what the download button with {@code id} (download-csv, download-xlsx, download-pdf) serves. */
    byte[] download(String id) {
        WebElement anchor = driver.findElement(By.id(id));
        String href = anchor.getDomAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/").resolve(href))
                    .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Download " + id + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Download " + id + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
