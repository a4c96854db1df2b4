package org.crossfield.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossfield.Application;
import org.crossfield.i18n.Translations;
import org.crossfield.platform.ui.ScreenTexts;
import org.crossfield.privacy.ConsentService;
import org.crossfield.privacy.PersonalDataHolder;
import org.crossfield.privacy.PrivacyNotice;
import org.crossfield.privacy.RetentionRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The privacy screens in German, with no untranslated key and no common English UI word: a student's
 * {@link MyDataView} and the administrator's {@link PrivacyAdminView}; a refusal from the backend arrives in German. The
 * text of the privacy notice itself is the operator's (English in the demo) and is not read. {@link ConsentView} is
 * the notice's text plus the same kind of labels and is not opened here (it needs a notice nobody accepted yet).
 */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class PrivacyGermanScreensTest extends SpringBrowserlessTest {

    @Autowired
    ConsentService consents;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    /** The untranslated texts of the screen, leaving out the operator's own notice and terms. */
    private List<String> untranslated() {
        List<String> operatorTexts = consents.currentNotice().map(n -> List.of(n.noticeText().strip(), n.termsText().strip()))
                .orElse(List.of());
        return ScreenTexts.untranslated(UI.getCurrent()).stream()
                .filter(text -> operatorTexts.stream().noneMatch(text::contains)).toList();
    }

    @Autowired
    List<RetentionRule> rules;

    @Autowired
    List<PersonalDataHolder> holders;

    @Test
    void everyRetentionRuleAndKindOfPersonalDataHasAGermanName() {
        Translations translations = new Translations();
        List<String> rulesReported = new ArrayList<>(rules.stream().map(RetentionRule::code).toList());
        rulesReported.addAll(List.of("unfinished-accounts", "audit-entries")); // the retention job's own (identity, audit)
        assertThat(rulesReported).hasSizeGreaterThanOrEqualTo(4).allSatisfy(code -> {
            assertThat(Translations.has("privacy.retention-rule." + code)).as(code).isTrue();
            assertThat(translations.getTranslation("privacy.retention-rule." + code, Locale.GERMAN))
                    .isNotEqualTo(translations.getTranslation("privacy.retention-rule." + code, Locale.ENGLISH));
        });
        assertThat(translations.getTranslation("privacy.retention-rule.application-cvs", Locale.GERMAN))
                .isEqualTo("Lebensläufe und Antworten abgelehnter oder zurückgezogener Bewerbungen");
        assertThat(holders).hasSizeGreaterThanOrEqualTo(8).allSatisfy(holder -> assertThat(
                Translations.has("privacy.data-kind." + holder.kind())).as(holder.kind()).isTrue());
        assertThat(translations.getTranslation("privacy.data-kind.profile", Locale.GERMAN)).isEqualTo("Kompetenzprofil");
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void myDataIsGerman() {
        navigate(MyDataView.class);
        assertThat(untranslated()).as("untranslated texts on My data").isEmpty();
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void thePrivacyAdministrationAndItsRefusalsAreGerman() {
        navigate(PrivacyAdminView.class);
        assertThat(untranslated()).as("untranslated texts on the privacy administration").isEmpty();
        test($(Button.class).id("run-retention")).click();
        assertThat($(UnorderedList.class).id("retention-lines").getElement().getTextRecursively())
                .contains("Einträge des Prüfprotokolls: ", "Im Demo-Modus abgefangene E-Mails: ");
        assertThat(untranslated()).as("untranslated texts after the retention job ran").isEmpty();
        PrivacyNotice before = consents.currentNotice().orElse(null);
        test($(TextArea.class).id("notice-text")).setValue("");
        test($(Button.class).id("publish-notice")).click();
        test($(Button.class).id("confirm-publish-notice")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Schreiben Sie sowohl die Datenschutzerklärung als auch die Nutzungsbedingungen.");
        assertThat(consents.currentNotice().orElse(null)).as("nothing was published").isEqualTo(before);
    }
}
