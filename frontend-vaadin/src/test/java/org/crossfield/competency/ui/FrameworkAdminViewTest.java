package org.crossfield.competency.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.crossfield.Application;
import org.crossfield.competency.CompetencyFrameworkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
@WithUserDetails("admin@demo.crossfield.org")
class FrameworkAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    CompetencyFrameworkService frameworks;

    @Test
    void anAdminSeesTheWholeFramework() {
        navigate(FrameworkAdminView.class);
        Grid<?> grid = $(Grid.class).id("competency-grid");
        assertThat(test(grid).size()).isEqualTo(47);
    }

    @Test
    void aMalformedCsvIsRefusedWithItsProblemsAndNothingIsImported() {
        navigate(FrameworkAdminView.class);
        var before = frameworks.versions();
        byte[] csv = "code,group,title,source\nDSDA01,Analytics,,EDSF\n".getBytes(StandardCharsets.UTF_8);
        test($(Upload.class).id("import-csv")).upload("framework.csv", "text/csv", csv);

        Div problems = $(Div.class).id("import-problems");
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getElement().getTextRecursively()).contains("Nothing was imported").contains("Line 2: the title is empty");
        assertThat(frameworks.versions()).isEqualTo(before);
    }
}
