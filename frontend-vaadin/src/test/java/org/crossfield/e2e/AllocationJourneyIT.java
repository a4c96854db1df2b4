package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinator computes the stable, greedy and generous allocations of the demo programme, compares them, publishes
 * the generous one after confirming, and an allocated student sees their project.
 */
class AllocationJourneyIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void coordinatorComparesThreeMethodsPublishesGenerousAndAStudentSeesTheirProject() {
        Pages.MainLayout coordinator = login().logInAs("coordinator@demo.crossfield.org", "demo");
        assertThat(coordinator.navigation()).contains("Student allocation");
        coordinator.open("matching/allocation");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-allocations")));
        Pages.click(driver, "compare-allocations");
        Pages.notification(driver, "Computed the three allocations", wait);

        WebElement figures = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comparison-figures")));
        wait.until(d -> figures.getText().contains("Blocking pairs"));
        String table = figures.getText();
        assertThat(table).contains("Stable", "Greedy", "Generous", "Students allocated", "On their 1st choice",
                "Worst choice given");
        assertThat(driver.findElements(By.cssSelector("#profile-chart svg"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector("#profile-chart svg")).getAttribute("aria-label"))
                .contains("choice");
        assertThat(driver.findElement(By.id("comparison-loads")).getText()).contains("/");
        Browser.screenshot(driver, "allocation-comparison");

        WebElement generous = driver.findElement(By.xpath(
                "//*[@id='publish-method']//vaadin-radio-button[normalize-space(.)='Generous']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", generous);
        generous.click();
        Pages.click(driver, "publish-allocation");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-publish")));
        Browser.screenshot(driver, "allocation-confirm-publish");
        Pages.click(driver, "confirm-publish");
        Pages.notification(driver, "Published the generous allocation", wait);
        wait.until(d -> d.findElement(By.id("allocation-summary")).getText().startsWith("Generous · published"));

        Long run = jdbc.queryForObject("select max(id) from allocation_run where status = 'PUBLISHED' and method = 'generous'",
                Long.class);
        assertThat(run).isNotNull();
        assertThat(jdbc.queryForObject("select profile from allocation_run where id = ?", String.class, run)).isNotBlank();
        // Stella (the demo student) when the generous allocation placed her, otherwise another allocated student
        List<String> emails = jdbc.queryForList("""
                select u.email from allocation_assignment a join app_user u on u.id = a.student_id where a.run_id = ?
                order by case when u.email = 'student@demo.crossfield.org' then 0 else 1 end, u.id""", String.class, run);
        assertThat(emails).isNotEmpty();
        String title = jdbc.queryForObject("""
                select p.title from allocation_assignment a join app_user u on u.id = a.student_id
                join phd_project p on p.id = a.project_id where a.run_id = ? and u.email = ?""", String.class, run, emails.getFirst());
        coordinator.logOut();

        Pages.MainLayout student = login().logInAs(emails.getFirst(), "demo");
        student.open("ranking");
        WebElement mine = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-allocation")));
        assertThat(mine.getText()).contains("You have been allocated to").contains(title);
        Browser.screenshot(driver, "student-sees-allocation");
    }
}
