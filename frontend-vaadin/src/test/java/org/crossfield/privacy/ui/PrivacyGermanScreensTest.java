package org.crossfield.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
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
import org.crossfield.privacy.ErasureRequestSummary;
import org.crossfield.privacy.PersonalDataHolder;
import org.crossfield.privacy.PrivacyNotice;
import org.crossfield.privacy.RetentionRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The privacy screens in German, with no untranslated key and no common English UI word: a student's
 * {@link MyDataView} and the administrator's {@link PrivacyAdminView}; a refusal from the backend arrives in German. The
 * text of the privacy notice itself is the operator's (English in the demo) and is not read. {@link ConsentView} is
 * the notice's text plus the same kind of labels and is not opened here (it needs a notice nobody accepted yet). What
 * each feature says an erasure will erase and keep, and what carrying it out did, is German too; a request carried out
 * before those sentences were stored with their keys shows its stored English.
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
    JdbcTemplate jdbc;

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

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void whatAnErasureWillDoAndDidIsGerman() {
        long person = personAsking("erasure-german");
        navigate(PrivacyAdminView.class);
        @SuppressWarnings("unchecked")
        Grid<ErasureRequestSummary> open = $(Grid.class).id("erasure-requests");
        open.asSingleSelect().setValue(open.getListDataView().getItems().filter(r -> r.personId() == person).findFirst().orElseThrow());

        assertThat($(UnorderedList.class).id("review-erased").getElement().getTextRecursively()).contains(
                "Konto: Name und E-Mail-Adresse (ersetzt durch „Former user " + person + "“)",
                "Kompetenzprofil: Das Kompetenzprofil (0 Stufen mit ihren Nachweisen)",
                "Bewerbungen: Bewerbungsentwürfe (0)",
                "Benachrichtigungen und E-Mails: An die Person gerichtete E-Mails (0)",
                "Ausschreibungen: Gespeicherte Suchen (0)",
                "Zuordnung: Mentoring-Kapazität und die von der Person angegebenen Interessenkonflikte");
        assertThat($(UnorderedList.class).id("review-kept").getElement().getTextRecursively()).contains(
                "Vereinbarungen: Vereinbarungen, an denen die Person beteiligt ist (0), mit ihren Fassungen",
                "Kooperationen: Von der Person erfasste Ergebnisse (0) und ihre Aktivitäten: Bereits einem Förderer gemeldete",
                "Konto: Die Person kann sich nicht mehr anmelden");
        assertThat(untranslated()).as("untranslated texts of the review").isEmpty();

        test($(Button.class).id("carry-out-erasure")).click();
        test($(Button.class).id("confirm-erasure")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Gelöscht: ");
        assertThat($(UnorderedList.class).id("erasure-done").getElement().getTextRecursively()).as("what was done, shown after")
                .contains("Kompetenzprofil: Profilstufen gelöscht: 0",
                        "Bewerbungen: Hochgeladene Dateien gelöscht: 0",
                        "Benachrichtigungen und E-Mails: Benachrichtigungen gelöscht: 0; E-Mails gelöscht: 0",
                        "Konto: Name und E-Mail-Adresse durch das Pseudonym ersetzt");
        assertThat(untranslated()).as("untranslated texts of what was done").isEmpty();
        assertThat(jdbc.queryForObject("select decision_note from erasure_request where user_id = ?", String.class, person))
                .as("the stored note stays English").contains("profile: Profile levels deleted: 0");
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void aRequestCarriedOutBeforeTheKeysWereStoredShowsItsEnglishNote() {
        long person = personAsking("erasure-old");
        jdbc.update("""
                update erasure_request set status = 'CARRIED_OUT', decided_at = current_timestamp(6),
                    decision_note = 'profile: 3 profile levels deleted\naccount: name and e-mail address replaced by the pseudonym'
                where user_id = ?""", person);
        navigate(PrivacyAdminView.class);
        @SuppressWarnings("unchecked")
        Grid<ErasureRequestSummary> decided = $(Grid.class).id("decided-requests");
        decided.asSingleSelect().setValue(decided.getListDataView().getItems().filter(r -> r.personId() == person).findFirst()
                .orElseThrow());
        assertThat($(UnorderedList.class).id("erasure-done").getElement().getTextRecursively())
                .contains("Kompetenzprofil: 3 profile levels deleted", "Konto: name and e-mail address replaced by the pseudonym");
    }

    /** A person of this test's own (the test database outlives a run) who asked for erasure; their id. */
    private long personAsking(String tag) {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String email = "otto." + suffix + "@" + tag + ".example";
        jdbc.update("""
                insert into app_user (email, display_name, password_hash, enabled, locale, demo, created_at, version, status,
                    session_epoch) values (?, ?, '{noop}x', true, 'de', false, current_timestamp(6), 0, 'ACTIVE', 0)""",
                email, "Otto Löschmann " + suffix);
        long person = jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
        jdbc.update("insert into user_role (user_id, role) values (?, 'STUDENT')", person);
        jdbc.update("insert into erasure_request (user_id, status, requested_at) values (?, 'REQUESTED', current_timestamp(6))", person);
        return person;
    }
}
