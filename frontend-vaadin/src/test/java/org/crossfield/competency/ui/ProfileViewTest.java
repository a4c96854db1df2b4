package org.crossfield.competency.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.crossfield.Application;
import org.crossfield.competency.ProfileService;
import org.crossfield.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
@WithUserDetails("supervisor@demo.crossfield.org")
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    ProfileService profiles;

    @Test
    void aSupervisorSetsALevelWithEvidenceAndSavesIt() {
        navigate(ProfileView.class);
        Select<Integer> level = $(Select.class).id("level-HDS-05");
        test(level).selectItem("4 · Lead professional");
        test($(TextField.class).id("evidence-HDS-05")).setValue("Supervised two theses on imaging data");
        test($(Button.class).id("save-profile")).click();

        var saved = profiles.profileOf(CurrentUser.require().getId()).byCode().get("HDS-05");
        assertThat(saved.level()).isEqualTo(4);
        assertThat(saved.evidence()).isEqualTo("Supervised two theses on imaging data");
        assertThat($(Div.class).withId("profile-problems").exists()).as("no problems shown").isFalse();
    }

    @Test
    void evidenceWithoutALevelIsRefusedAtTheFieldAndNothingIsSaved() {
        navigate(ProfileView.class);
        var before = profiles.profileOf(CurrentUser.require().getId());
        Select<Integer> level = $(Select.class).id("level-DSBA02");
        level.clear();
        TextField evidence = $(TextField.class).id("evidence-DSBA02");
        test(evidence).setValue("A claim with no level");
        test($(Button.class).id("save-profile")).click();

        assertThat(evidence.isInvalid()).isTrue();
        assertThat(evidence.getErrorMessage()).isEqualTo("Choose a level to keep this evidence");
        assertThat($(Div.class).id("profile-problems").getElement().getTextRecursively()).contains("need attention");
        assertThat(profiles.profileOf(CurrentUser.require().getId())).isEqualTo(before);
    }
}
