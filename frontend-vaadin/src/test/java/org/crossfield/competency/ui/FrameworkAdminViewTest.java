package org.crossfield.competency.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.crossfield.Application;
import org.crossfield.competency.CompetencyFrameworkService;
import org.crossfield.competency.FrameworkDetails;
import org.crossfield.competency.FrameworkVersion;
import org.springframework.test.annotation.DirtiesContext;
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
        assertThat(problems.getElement().getTextRecursively()).contains("cannot be used").contains("Line 2: the title is empty");
        assertThat(frameworks.versions()).isEqualTo(before);
    }

    @Test
    void aBrokenQuoteIsExplainedInWordsWithEveryOtherProblem() {
        navigate(FrameworkAdminView.class);
        byte[] csv = "code,group,title,source\nDSDA01,Analytics,\"Broken,EDSF\nbad code,Analytics,T,EDSF\n"
                .getBytes(StandardCharsets.UTF_8);
        test($(Upload.class).id("import-csv")).upload("broken.csv", "text/csv", csv);
        String text = $(Div.class).id("import-problems").getElement().getTextRecursively();
        assertThat(text).contains("2 problems", "Line 2: a quotation mark", "Line 3:").doesNotContain("Exception", "EOF");
    }

    @Test
    @DirtiesContext
    void aValidFileIsPreviewedActivatedOnlyWithALabelAndAfterConfirmingAndTheEarlierVersionComesBack() {
        navigate(FrameworkAdminView.class);
        FrameworkDetails before = frameworks.activeFramework();
        int versions = frameworks.versions().size();
        String text = new String(frameworks.exportCsv(), StandardCharsets.UTF_8).replaceFirst("\nDSDA02,[^\n]*", "")
                + "HDS-97,Health data science,Clinical text mining,local\n";
        test($(Upload.class).id("import-csv")).upload("v2.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat($(VerticalLayout.class).id("import-preview").isVisible()).isTrue();
        assertThat($(Paragraph.class).id("preview-summary").getText()).contains("1 added, 1 removed, 0 renamed");
        assertThat($(UnorderedList.class).id("preview-added").getElement().getTextRecursively()).contains("HDS-97");
        assertThat($(UnorderedList.class).id("preview-removed").getElement().getTextRecursively()).contains("DSDA02");
        assertThat(frameworks.versions()).as("a preview changes nothing").hasSize(versions);

        test($(Button.class).id("activate-import")).click();
        assertThat($(TextField.class).id("version-label").isInvalid()).as("a label is required").isTrue();
        test($(TextField.class).id("version-label")).setValue("Browserless v2");
        test($(Button.class).id("activate-import")).click();
        assertThat(frameworks.versions()).as("nothing until confirmed").hasSize(versions);
        test($(Button.class).id("confirm-activate-import")).click();
        assertThat(frameworks.activeFramework().versionLabel()).isEqualTo("Browserless v2");

        @SuppressWarnings("unchecked")
        Grid<FrameworkVersion> versionGrid = $(Grid.class).id("version-grid");
        java.util.List<FrameworkVersion> rows = versionGrid.getListDataView().getItems().toList();
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).id() == before.id()).findFirst().orElseThrow();
        test((Button) test(versionGrid).getCellComponent(row, 5)).click();
        assertThat(frameworks.activeFramework().versionLabel()).isEqualTo("Browserless v2");
        test($(Button.class).id("confirm-reactivate")).click();
        assertThat(frameworks.activeFramework().versionLabel()).isEqualTo(before.versionLabel());
        assertThat(frameworks.versions()).filteredOn(FrameworkVersion::active).hasSize(1);
    }
}
