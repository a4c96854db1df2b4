package org.crossfield.competency.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.crossfield.Application;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.competency.FrameworkVersion;
import org.crossfield.platform.ui.ScreenTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The competency screens in German leave no key marker and no English UI word: "My competency profile" (levels by their
 * German names, the level guide) and the framework administration, with a refused import's problems listed line by line
 * and a correct import's preview. The shipped competencies and their areas read in German (the reference bundle); only
 * the version labels are data typed by an administrator and are taken out before the check.
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class CompetencyGermanScreensTest extends SpringBrowserlessTest {

    private static final String GERMAN_DSDA01 =
            "Maschinelles Lernen, Data Mining, prädiktive und präskriptive Analytik über den gesamten Datenlebenszyklus";

    @Autowired
    CompetencyFrameworkService frameworks;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    /** The view on the screen and the dialogs open over it (the layout's menu has its own tests). */
    private List<com.vaadin.flow.component.Component> shown() {
        List<com.vaadin.flow.component.Component> parts = new ArrayList<>();
        UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream().findFirst()
                .filter(com.vaadin.flow.component.Component.class::isInstance).map(com.vaadin.flow.component.Component.class::cast)
                .ifPresent(parts::add);
        parts.addAll($(com.vaadin.flow.component.dialog.Dialog.class).all());
        return parts;
    }

    private List<String> frameworkData() {
        List<String> data = new ArrayList<>();
        data.add(frameworks.activeFramework().versionLabel());
        return data;
    }

    private List<String> adminData() {
        List<String> data = frameworkData();
        frameworks.versions().stream().map(FrameworkVersion::versionLabel).forEach(data::add);
        return data;
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aStudentRatesThemselvesInGerman() {
        navigate(ProfileView.class);
        assertThat(ScreenTexts.untranslatedIn(shown(), frameworkData())).isEmpty();
        assertThat(shown().getFirst().getElement().getTextRecursively())
                .contains(GERMAN_DSDA01, "Data Science im Gesundheitswesen (12)", "DSGVO für Gesundheitsdaten")
                .doesNotContain("Machine learning, data mining", "Health data science");
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void anAdministratorImportsAFrameworkInGerman() {
        navigate(FrameworkAdminView.class);
        assertThat(ScreenTexts.untranslatedIn(shown(), adminData())).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<CompetencySummary> grid = $(Grid.class).id("competency-grid");
        List<CompetencySummary> rows = grid.getListDataView().getItems().toList();
        int row = IntStream.range(0, rows.size()).filter(i -> rows.get(i).code().equals("DSDA01")).findFirst().orElseThrow();
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("Data-Science-Analytik");
        assertThat(test(grid).getCellText(row, 2)).isEqualTo(GERMAN_DSDA01);
        byte[] broken = "code,group,title,source\nDSDA01,Analytics,,EDSF\nbad code,Analytics,T,EDSF\n".getBytes(StandardCharsets.UTF_8);
        test($(Upload.class).id("import-csv")).upload("falsch.csv", "text/csv", broken);
        assertThat($(com.vaadin.flow.component.html.Div.class).id("import-problems").getElement().getTextRecursively())
                .contains("Zeile 2: Der Titel ist leer", "2 Probleme");
        assertThat(ScreenTexts.untranslatedIn(shown(), adminData())).isEmpty();
        byte[] csv = frameworks.exportCsv();
        test($(Upload.class).id("import-csv")).upload("rahmen.csv", "text/csv", csv);
        assertThat(ScreenTexts.untranslatedIn(shown(), adminData())).isEmpty();
    }
}
