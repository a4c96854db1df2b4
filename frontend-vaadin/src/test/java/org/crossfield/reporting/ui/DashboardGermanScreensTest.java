package org.crossfield.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.crossfield.Application;
import org.crossfield.platform.ui.ScreenTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard, the first screen everyone sees, rendered in German for a student (collaborations, confirmations due,
 * competency profile, waiting work) and for the administrator (platform figures, people per country) leaves no key
 * marker and no common English word. The demo data's own English (collaboration and window titles, course areas, the
 * framework's name) is taken out first: it is data, not the screen's text.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class DashboardGermanScreensTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    /** German, and away from the dashboard the test UI opened on (in English) so that it is built again in German. */
    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(org.crossfield.identity.ui.MyAccountView.class); // a screen every role may open
    }

    private List<String> data() {
        List<String> data = new java.util.ArrayList<>(jdbc.queryForList("select title from collaboration", String.class));
        data.addAll(jdbc.queryForList("select title from reporting_window", String.class));
        data.addAll(jdbc.queryForList("select name from organisation", String.class));
        data.addAll(jdbc.queryForList("select display_name from app_user where email like '%@demo.crossfield.org'", String.class));
        return data;
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void theStudentsDashboardIsGerman() {
        navigate(DashboardView.class);
        assertThat(ScreenTexts.of(UI.getCurrent())).anyMatch(t -> t.startsWith("Willkommen"));
        assertThat(ScreenTexts.untranslated(UI.getCurrent(), data())).as("English or untranslated texts").isEmpty();
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void theAdministratorsDashboardIsGerman() {
        navigate(DashboardView.class);
        assertThat(ScreenTexts.of(UI.getCurrent())).contains("Plattform", "Personen je Land");
        assertThat(ScreenTexts.untranslated(UI.getCurrent(), data())).as("English or untranslated texts").isEmpty();
    }
}
