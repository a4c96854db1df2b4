package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A coordinator runs a round on the demo data, pins a pair, re-runs and publishes; the mentor accepts the proposal. */
// The round runs on the in-memory mentor directory of its application context; journeys with contexts of their own
// (their own settings) change the database behind the back of an older context's directory, so this one starts fresh.
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
class MatchingRoundJourneyIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void coordinatorRunsPinsRerunsAndPublishesThenTheMentorAccepts() {
        String project = jdbc.queryForObject("""
                select p.title from phd_project p join app_user u on u.id = p.supervisor_id
                where u.email = 'supervisor@demo.crossfield.org' order by p.id limit 1""", String.class);

        Pages.MainLayout coordinator = login().logInAs("coordinator@demo.crossfield.org", "demo");
        assertThat(coordinator.navigation()).contains("Matching rounds");
        coordinator.open("matching/rounds");
        Pages.type(driver, "round-name", "Journey round");
        Pages.click(driver, "create-round");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run-round")));

        Pages.click(driver, "run-round");
        Pages.notification(driver, "Run finished", wait);
        assertThat(driver.findElement(By.id("round-figures")).getText()).contains("mentor slots filled");
        Browser.screenshot(driver, "round-first-run");

        Pages.chooseFromComboBox(driver, "pin-project", project);
        Pages.type(driver, "pin-mentor", "mentor@demo.crossfield.org");
        Pages.click(driver, "pin-by-email");
        Pages.notification(driver, "Pinned Mona Mentor");
        Browser.screenshot(driver, "round-pinned");
        Pages.click(driver, "run-round");
        wait.until(d -> d.findElement(By.id("run-round")).getText().equals("Run again")
                && d.findElement(By.id("run-round")).isEnabled() && !d.findElement(By.id("round-progress")).isDisplayed());
        Pages.notification(driver, "Run finished", wait);
        wait.until(d -> d.findElement(By.id("proposal-grid")).getText().contains("Mona Mentor"));
        Browser.screenshot(driver, "round-after-pin");
        Pages.click(driver, "publish-round");
        Pages.click(driver, "confirm-publish-round");
        Pages.notification(driver, "Published");
        coordinator.logOut();

        Pages.MainLayout mentor = login().logInAs("mentor@demo.crossfield.org", "demo");
        mentor.open("proposals");
        Long proposal = jdbc.queryForObject("""
                select rp.id from round_proposal rp join matching_round r on r.id = rp.round_id join app_user u on u.id = rp.mentor_id
                where r.name = 'Journey round' and u.email = 'mentor@demo.crossfield.org' and rp.status = 'PENDING'""", Long.class);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accept-" + proposal)));
        assertThat(driver.findElement(By.id("proposal-grid")).getText()).contains(project);
        Browser.screenshot(driver, "mentor-proposals");
        Pages.click(driver, "accept-" + proposal);
        Pages.click(driver, "confirm-accept-match");
        assertThat(Pages.notification(driver, "Accepted")).contains("Waiting for the supervisor");
        assertThat(jdbc.queryForObject("select mentor_decision from round_proposal where id = ?", String.class, proposal)).isEqualTo("ACCEPT");
    }

    @Test
    void theSupervisorAndTheMentorSeeExplainedRecommendations() {
        long project = jdbc.queryForObject("""
                select min(p.id) from phd_project p join app_user u on u.id = p.supervisor_id
                where u.email = 'supervisor@demo.crossfield.org'""", Long.class);
        Pages.MainLayout supervisor = login().logInAs("supervisor@demo.crossfield.org", "demo");
        supervisor.open("projects/" + project);
        Pages.click(driver, "recommended-mentors-link");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mentor-recommendations")));
        wait.until(d -> d.findElement(By.id("mentor-recommendations")).getText().contains("level"));
        // in words first ("Meets 4 of 5 required competencies. …: asked level 2, has none."), the formula on demand
        assertThat(driver.findElement(By.id("mentor-recommendations")).getText()).contains("required competencies", "asked level",
                "How the score is computed");
        Browser.screenshot(driver, "supervisor-recommended-mentors");
        supervisor.logOut();

        Pages.MainLayout mentor = login().logInAs("mentor@demo.crossfield.org", "demo");
        mentor.open("mentoring");
        wait.until(d -> d.findElement(By.id("project-recommendations")).getText().contains("level"));
        Browser.screenshot(driver, "mentor-mentoring");
    }
}
