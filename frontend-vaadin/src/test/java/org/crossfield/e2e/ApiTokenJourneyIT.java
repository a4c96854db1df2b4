package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person makes a personal access token on "API tokens" in the browser, a program uses it over HTTP as that person,
 * and after the person revokes it (confirming first) the program is refused.
 */
class ApiTokenJourneyIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenMadeOnThePageWorksForTheApiUntilItIsRevoked() throws Exception {
        String supervisor = jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'SUPERVISOR'
                where u.email like '%.example' and u.status = 'ACTIVE' and u.enabled = true
                order by u.id limit 1 offset 25""", String.class);
        login().logInAs(supervisor, "demo");
        driver.get(baseUrl() + "/account/api-tokens");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("create-token")));
        driver.findElement(By.cssSelector("#token-name input")).sendKeys("Lab pipeline");
        driver.findElement(By.id("create-token")).click();
        WebElement shown = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("new-token")));
        String token = shown.getText().strip();
        assertThat(token).startsWith("cfp_");
        Browser.screenshot(driver, "api-token-created");

        HttpResponse<String> me = me(token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(supervisor);

        WebElement revoke = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-button[id^='revoke-token-']")));
        // the list is below the form with its area scopes: bring the button to the middle, clear of the notification
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", revoke);
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(revoke)).click();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("revoke-token-confirm"))).click();
        Browser.waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("new-token")));
        HttpResponse<String> refused = me(token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("revoked");
    }

    private HttpResponse<String> me(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
