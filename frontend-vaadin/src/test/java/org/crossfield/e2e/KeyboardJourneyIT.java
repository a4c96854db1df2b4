package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16's keyboard-only journey: a student logs in, finds a PhD project and submits an application without the
 * mouse. Every step is a key (Tab, Enter, Space, letters) sent to the element that has the focus
 * ({@code driver.switchTo().activeElement()}); nothing is clicked. At every stop the focus must be visible: a Vaadin
 * component marks keyboard focus with its {@code focus-ring} (a grid with {@code navigating}), a plain link must draw an
 * outline or a shadow. The journey finds its way by ids and focus, never by English texts, so that it passes in every
 * language. Fixed on the way: the project lists opened a project only on a mouse click (now on selection, which Space
 * does), and links had no focus style of their own.
 */
class KeyboardJourneyIT extends BrowserJourney {

    /** The most Tab presses allowed to reach the next stop: the menu of a student is about twenty entries long. */
    private static final int MAX_TABS = 60;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStudentFindsAProjectAndAppliesWithTheKeyboardOnly() {
        // an open project whose title no other open project contains (the search finds it alone), without a required
        // CV or required questions, and a sandbox student who has not applied to it (the demo student has, to many)
        long project = jdbc.queryForObject("""
                select max(p.id) from phd_project p where p.status = 'OPEN'
                and (select count(*) from phd_project o where o.status = 'OPEN'
                     and lower(o.title) like concat('%', lower(p.title), '%')) = 1
                and not exists (select 1 from posting_cv_rule r where r.posting_type = 'PROJECT' and r.posting_id = p.id
                                and r.cv_required)
                and not exists (select 1 from posting_question q where q.posting_type = 'PROJECT' and q.posting_id = p.id
                                and q.required)""", Long.class);
        String title = jdbc.queryForObject("select title from phd_project where id = ?", String.class, project);
        String email = jdbc.queryForObject("select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'STUDENT'"
                + " where u.email like '%.example' and u.demo and u.enabled and not exists (select 1 from application a"
                + " where a.student_id = u.id and a.posting_id = ?) order by u.id limit 1", String.class, project);

        // log in: the e-mail, Tab, the password, Enter
        driver.get(baseUrl() + "/login");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        tabTo("input[name='username']");
        type(email);
        press(Keys.TAB);
        assertFocusOn("input[name='password']");
        type("demo");
        press(Keys.ENTER);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));

        // the menu entry "PhD projects", Enter
        tabTo("#main-nav vaadin-side-nav-item:is([path='projects'], [path='/projects'], [path='./projects'])");
        press(Keys.ENTER);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("project-search")));

        // the search field: words of the title narrow the list to the one project
        tabTo("#project-search");
        type(title);
        Browser.waitFor(driver).until(d -> Boolean.TRUE.equals(js("""
                const g = document.getElementById('project-grid');
                return !g.hasAttribute('loading') && g.innerText.includes(arguments[0])
                    && g.querySelectorAll('vaadin-grid-cell-content').length > 0;""", title)));
        Browser.screenshot(driver, "keyboard-project-found");

        // into the grid's rows (the first Tab lands on the header), Space selects the row and opens the project
        tabToGridRow("project-grid");
        press(Keys.SPACE);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("apply-to-project")));
        assertThat(driver.getCurrentUrl()).endsWith("/projects/" + project);

        // the link to apply, Enter
        tabTo("#apply-to-project");
        Browser.screenshot(driver, "keyboard-apply-link-focused");
        press(Keys.ENTER);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("submit-application")));

        // the motivation, then Tab on to "Submit application" and Enter
        tabTo("#motivation");
        type("I have cleaned registry data for three years and want to learn causal inference on it.");
        tabTo("#submit-application");
        Browser.screenshot(driver, "keyboard-submit-focused");
        press(Keys.ENTER);
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/my-applications"));

        assertThat(jdbc.queryForObject("""
                select count(*) from application a join app_user u on u.id = a.student_id
                where u.email = ? and a.posting_id = ? and a.posting_type = 'PROJECT' and a.status = 'SUBMITTED'""",
                Integer.class, email, project)).as("the application was submitted with the keyboard only").isOne();
    }

    /** The element that has the keyboard focus. */
    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private void press(CharSequence key) {
        type(key);
    }

    /**
     * Keys to the focused element. Where the focus is inside a component's shadow root (a menu entry, a grid cell), the
     * driver may call the host not interactable; the same keys then go to the focused element through the keyboard
     * actions, which never move the focus either.
     */
    private void type(CharSequence keys) {
        try {
            focused().sendKeys(keys);
        } catch (org.openqa.selenium.ElementNotInteractableException hostOfTheFocus) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        }
    }

    /** Presses Tab until the focus is in the element {@code selector} finds, and checks that the focus is visible there. */
    private void tabTo(String selector) {
        for (int i = 0; i < MAX_TABS && !focusIn(selector); i++) {
            press(Keys.TAB);
        }
        assertFocusOn(selector);
    }

    private void assertFocusOn(String selector) {
        assertThat(focusIn(selector)).as("the focus is in " + selector + " (it is on " + focusDescription() + ")").isTrue();
        assertThat(focusVisible()).as("the focus on " + selector + " is visible").isTrue();
    }

    /** Tabs into the grid and on until a cell of its rows (not of its header) has the focus. */
    private void tabToGridRow(String gridId) {
        String inRows = """
                const g = document.getElementById(arguments[0]);
                const cell = g && document.activeElement === g ? g.shadowRoot.activeElement : null;
                return !!(cell && cell.closest('#items'));""";
        for (int i = 0; i < MAX_TABS && !Boolean.TRUE.equals(js(inRows, gridId)); i++) {
            press(Keys.TAB);
        }
        assertThat(js(inRows, gridId)).as("a row of " + gridId + " has the focus (it is on " + focusDescription() + ")")
                .isEqualTo(Boolean.TRUE);
        assertThat(focusVisible()).as("the focus on the row is visible").isTrue();
    }

    private boolean focusIn(String selector) {
        return Boolean.TRUE.equals(js("""
                const e = document.activeElement;
                return !!(e && e.closest(arguments[0]));""", selector));
    }

    /**
     * Whether the focused element shows it: a Vaadin component (or one around it, across shadow roots) marks keyboard
     * focus with {@code focus-ring}, a grid with {@code navigating}; anything else must draw an outline or a shadow.
     */
    private boolean focusVisible() {
        return Boolean.TRUE.equals(js("""
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
                for (let n = e; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
                  if (n.hasAttribute && (n.hasAttribute('focus-ring') || n.hasAttribute('navigating'))) { return true; }
                }
                const s = getComputedStyle(e);
                return e.matches(':focus-visible')
                    && ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none');"""));
    }

    private String focusDescription() {
        return String.valueOf(js("""
                let e = document.activeElement;
                let path = [];
                while (e) {
                  path.push(e.localName + (e.id ? '#' + e.id : '') + (e.getAttribute('name') ? '[name=' + e.getAttribute('name') + ']' : ''));
                  e = e.shadowRoot ? e.shadowRoot.activeElement : null;
                }
                return path.join(' > ');"""));
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
