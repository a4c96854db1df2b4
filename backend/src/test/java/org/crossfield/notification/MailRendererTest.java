package org.crossfield.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The shipped templates, rendered without Spring. */
class MailRendererTest {

    private static final String LINK = "https://crossfield.example.org/matching/proposals/7";
    private static final Map<String, Map<String, Object>> FULL_MODELS = Map.of(
            NotificationTemplates.GENERIC, Map.of("title", "Welcome", "message", "Line one\nLine two"),
            NotificationTemplates.MATCH_PROPOSED, Map.of("projectTitle", "Federated survival analysis", "mentorName", "Ana Berger",
                    "roundName", "Spring round"),
            NotificationTemplates.MATCH_DECIDED, Map.of("projectTitle", "Federated survival analysis", "mentorName", "Ana Berger",
                    "accepted", true, "decidedBy", "Mira Mentor", "reason", "Good fit"),
            NotificationTemplates.APPLICATION_UPDATE, Map.of("event", "REJECTED", "postingTitle", "Federated survival analysis",
                    "studentName", "Stella Student", "reason", "POSITION_FILLED", "reasonText", "We chose someone else."),
            NotificationTemplates.SAVED_SEARCH_ALERT, Map.of("searchName", "Sepsis, federated", "postingKind", "CHALLENGE",
                    "postingTitle", "Federated sepsis prediction", "organisationName", "Acme Health"),
            NotificationTemplates.AGREEMENT_UPDATE, Map.of("event", "REJECTED", "agreementTitle", "Federated survival analysis",
                    "actorName", "Piet Partner", "versionNo", "3", "reason", "Background IP must be included."),
            NotificationTemplates.PUBLICATION_REVIEW, Map.of("event", "REQUESTED", "agreementTitle", "Federated survival analysis",
                    "manuscriptTitle", "Federated Cox models", "actorName", "Stella Student", "deadline", "30 Dec 2026 10:00 UTC",
                    "reason", "Discloses our feature set."),
            NotificationTemplates.REPORTING_REMINDER, Map.of("event", "REMINDER", "windowTitle", "Spring 2027 report",
                    "collaborationTitle", "Federated survival analysis", "dueDate", "2027-04-30", "daysLeft", "7"),
            NotificationTemplates.POSTING_UPDATE, Map.of("event", "SENT_BACK", "postingKind", "PROJECT",
                    "postingTitle", "Federated survival analysis", "comment", "Name the data sources."),
            NotificationTemplates.ACCOUNT, Map.of("event", "INVITATION", "inviterName", "Ida Berg",
                    "organisationName", "Hospital Nord", "expires", "2026-12-12"));

    @Test
    void everyAccountMailHasItsTextInEveryLanguage() {
        for (Locale language : MailRenderer.LANGUAGES) {
            for (String event : java.util.List.of("INVITATION", "PASSWORD_RESET", "CONFIRM_ADDRESS", "APPROVED",
                    "ALREADY_REGISTERED")) {
                RenderedMail mail = renderer.render(NotificationTemplates.ACCOUNT, language, Map.of("event", event,
                        "inviterName", "Ida Berg", "organisationName", "Hospital Nord", "expires", "60"), "Ana", LINK);
                assertThat(mail.subject() + mail.summary() + mail.text()).as(event + " in " + language)
                        .doesNotContain("??", "null").contains(LINK);
            }
            RenderedMail anonymous = renderer.render(NotificationTemplates.ACCOUNT, language, Map.of("event", "INVITATION"),
                    "Ana", LINK);
            assertThat(anonymous.summary()).as("an invitation without an inviter in " + language).doesNotContain("??", "null");
        }
    }

    @Test
    void everyPostingEventOfBothKindsHasItsTextInEveryLanguage() {
        for (Locale language : MailRenderer.LANGUAGES) {
            for (String event : java.util.List.of("APPROVED", "SENT_BACK", "CLOSED")) {
                for (String kind : java.util.List.of("CHALLENGE", "PROJECT")) {
                    RenderedMail mail = renderer.render(NotificationTemplates.POSTING_UPDATE, language, Map.of("event", event,
                            "postingKind", kind, "postingTitle", "Sepsis <ICU>", "deadline", "2027-01-31", "comment",
                            "Name the data sources."), "Ana", LINK);
                    assertThat(mail.subject() + mail.summary() + mail.text()).as(event + " " + kind + " in " + language)
                            .doesNotContain("??", "null").contains("Sepsis <ICU>");
                    if (event.equals("CLOSED")) {
                        assertThat(mail.summary()).contains("2027-01-31");
                    }
                    if (event.equals("SENT_BACK")) {
                        assertThat(mail.summary()).as("the in-app notification carries the comment")
                                .contains("Name the data sources.");
                    }
                }
            }
        }
        RenderedMail german = renderer.render(NotificationTemplates.POSTING_UPDATE, Locale.GERMAN, Map.of("event", "CLOSED",
                "postingKind", "CHALLENGE", "postingTitle", "Sepsis", "deadline", "2027-01-31"), "Ana", LINK);
        assertThat(german.subject()).isEqualTo("Ihre Challenge ist geschlossen: Sepsis");
    }

    @Test
    void bothKindsOfPostingHaveTheirSavedSearchAlertInEveryLanguage() {
        for (Locale language : MailRenderer.LANGUAGES) {
            for (String kind : java.util.List.of("CHALLENGE", "PROJECT")) {
                RenderedMail mail = renderer.render(NotificationTemplates.SAVED_SEARCH_ALERT, language, Map.of("searchName", "Mine",
                        "postingKind", kind, "postingTitle", "Sepsis <ICU>", "organisationName", "Acme"), "Ana", LINK);
                assertThat(mail.subject() + mail.summary() + mail.text()).as(kind + " in " + language)
                        .doesNotContain("??").contains("Mine", "Sepsis <ICU>");
                assertThat(mail.html()).contains("Sepsis &lt;ICU&gt;");
            }
        }
    }

    private static final java.util.List<String> APPLICATION_EVENTS = java.util.List.of("SUBMITTED", "WITHDRAWN", "OFFER_ACCEPTED",
            "OFFER_DECLINED", "UNDER_REVIEW", "SHORTLISTED", "OFFERED", "REJECTED");

    @Test
    void everyApplicationEventAndReasonHasItsTextInEveryLanguage() {
        for (Locale language : MailRenderer.LANGUAGES) {
            for (String event : APPLICATION_EVENTS) {
                RenderedMail mail = renderer.render(NotificationTemplates.APPLICATION_UPDATE, language,
                        Map.of("event", event, "postingTitle", "P", "studentName", "S"), "Ana", LINK);
                assertThat(mail.subject() + mail.summary() + mail.text()).as(event + " in " + language).doesNotContain("??");
            }
            for (String reason : java.util.List.of("PROFILE_MISMATCH", "POSITION_FILLED", "INCOMPLETE", "OTHER")) {
                RenderedMail mail = renderer.render(NotificationTemplates.APPLICATION_UPDATE, language,
                        Map.of("event", "REJECTED", "postingTitle", "P", "studentName", "S", "reason", reason), "Ana", LINK);
                assertThat(mail.text()).as(reason + " in " + language).doesNotContain("??");
            }
        }
    }

    @Test
    void everyAgreementAndPublicationReviewEventHasItsTextInEveryLanguage() {
        for (Locale language : MailRenderer.LANGUAGES) {
            for (String event : java.util.List.of("STARTED", "PROPOSED", "APPROVALS_REQUESTED", "REJECTED", "SIGNED", "REMINDER")) {
                RenderedMail mail = renderer.render(NotificationTemplates.AGREEMENT_UPDATE, language,
                        Map.of("event", event, "agreementTitle", "A"), "Ana", LINK);
                assertThat(mail.subject() + mail.summary() + mail.text()).as(event + " in " + language).doesNotContain("??", "null");
            }
            for (String event : java.util.List.of("REQUESTED", "CONSENTED", "OBJECTED", "DELAYED", "CONSENTED_BY_SILENCE", "REMINDER")) {
                RenderedMail mail = renderer.render(NotificationTemplates.PUBLICATION_REVIEW, language,
                        Map.of("event", event, "agreementTitle", "A", "manuscriptTitle", "M", "deadline", "1 Dec 2026"), "Ana", LINK);
                assertThat(mail.subject() + mail.summary() + mail.text()).as(event + " in " + language).doesNotContain("??", "null");
            }
            RenderedMail delayed = renderer.render(NotificationTemplates.PUBLICATION_REVIEW, language, Map.of("event", "DELAYED",
                    "agreementTitle", "A", "manuscriptTitle", "M", "actorName", "Pat", "deadline", "3 Mar 2027 10:00 UTC",
                    "delayDays", "60"), "Ana", LINK);
            assertThat(delayed.summary()).as("delay in " + language).contains("60", "3 Mar 2027 10:00 UTC");
        }
    }

    private final MailRenderer renderer = new MailRenderer();

    @Test
    void bothReportingEventsHaveTheirTextInEveryLanguage() {
        for (Locale language : MailRenderer.LANGUAGES) {
            for (String event : java.util.List.of("OPENED", "REMINDER")) {
                RenderedMail mail = renderer.render(NotificationTemplates.REPORTING_REMINDER, language, Map.of("event", event,
                        "windowTitle", "Spring 2027 report", "collaborationTitle", "C", "dueDate", "2027-04-30"), "Ana", LINK);
                assertThat(mail.subject() + mail.summary() + mail.text()).as(event + " in " + language)
                        .doesNotContain("??").contains("Spring 2027 report", "2027-04-30");
            }
        }
    }

    @Test
    void everyTemplateRendersInEveryLanguageWithNoTextMissing() {
        for (String template : NotificationTemplates.names()) {
            for (Locale language : MailRenderer.LANGUAGES) {
                RenderedMail mail = renderer.render(template, language, FULL_MODELS.get(template), "Ana", LINK);
                String where = template + " in " + language;
                assertThat(NotificationTemplates.problems(template, FULL_MODELS.get(template))).as(where).isEmpty();
                assertThat(mail.subject()).as(where).isNotBlank().doesNotContain("??", "\n");
                assertThat(mail.summary()).as(where).isNotBlank().doesNotContain("??", "\n");
                assertThat(mail.html()).as(where).doesNotContain("??", " th:", "xmlns:th")
                        .contains("<html lang=\"" + language.getLanguage() + "\">", "href=\"" + LINK + "\"");
                assertThat(mail.text()).as(where).doesNotContain("??", "[(", "\n\n\n").contains(LINK)
                        .startsWith(greeting(language));
            }
        }
    }

    @Test
    void theMailIsInTheRecipientsLanguage() {
        Map<String, Object> declined = Map.of("projectTitle", "Registry linkage", "mentorName", "Ana Berger", "accepted", false);
        assertThat(renderer.render("match-decided", Locale.GERMAN, declined, "Jonas", LINK).subject())
                .isEqualTo("Mentoring-Match abgelehnt: Registry linkage");
        assertThat(renderer.render("match-decided", Locale.FRENCH, declined, "Jonas", LINK).subject())
                .isEqualTo("Mentorat refusé : Registry linkage");
        assertThat(renderer.render("match-decided", Locale.of("nl"), declined, "Jonas", LINK).summary())
                .isEqualTo("De mentormatch van Ana Berger met het promotieproject “Registry linkage” is afgewezen.");
        RenderedMail english = renderer.render("match-decided", Locale.ENGLISH, declined, "Jonas", LINK);
        assertThat(english.subject()).isEqualTo("Mentoring match declined: Registry linkage");
        assertThat(english.text()).contains("The coordinator can propose another mentor from the waiting list.")
                .doesNotContain("Reason given", "Decided by");
    }

    @Test
    void htmlEscapesEveryModelValueAndTheTextKeepsThemAsTheyAre() {
        Map<String, Object> model = Map.of("projectTitle", "<img src=x onerror=alert(1)>", "mentorName", "Tom & \"Jerry\"",
                "roundName", "</p><script>x()</script>");
        RenderedMail mail = renderer.render("match-proposed", Locale.ENGLISH, model, "<b>Ana</b>", LINK);
        assertThat(mail.html())
                .contains("&lt;img src=x onerror=alert(1)&gt;", "Tom &amp; &quot;Jerry&quot;",
                        "&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;", "Hello &lt;b&gt;Ana&lt;/b&gt;,")
                .doesNotContain("<img", "<script", "<b>Ana");
        assertThat(mail.text()).contains("<img src=x onerror=alert(1)>", "Tom & \"Jerry\"", "Hello <b>Ana</b>,");
        assertThat(mail.subject()).isEqualTo("Mentoring match proposed: <img src=x onerror=alert(1)>");
    }

    @Test
    void aLineBreakInAValueCannotBreakTheSubject() {
        RenderedMail mail = renderer.render("generic", Locale.ENGLISH,
                Map.of("title", "Hello\r\nBcc: everyone@example.org", "message", "m"), "Ana", LINK);
        assertThat(mail.subject()).isEqualTo("Hello Bcc: everyone@example.org");
    }

    @Test
    void aLanguageCrossfieldDoesNotSpeakFallsBackToEnglish() {
        assertThat(MailRenderer.languageOf("de")).isEqualTo(Locale.GERMAN);
        assertThat(MailRenderer.languageOf("de-AT")).isEqualTo(Locale.GERMAN);
        assertThat(MailRenderer.languageOf("fr_BE")).isEqualTo(Locale.FRENCH);
        assertThat(MailRenderer.languageOf("NL")).isEqualTo(Locale.of("nl"));
        assertThat(MailRenderer.languageOf("it")).isEqualTo(Locale.ENGLISH);
        assertThat(MailRenderer.languageOf("")).isEqualTo(Locale.ENGLISH);
        assertThat(MailRenderer.languageOf(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void everyLanguageHasEveryTextAndNoneUsesAnApostropheMessageFormatWouldSwallow() throws IOException {
        List<String> folders = new ArrayList<>(NotificationTemplates.names());
        folders.add("layout");
        for (String folder : folders) {
            if (MailRendererTest.class.getResource("/email-templates/" + folder + "/messages.properties") == null) {
                continue; // a template with no texts of its own (generic: the caller's words only)
            }
            Properties english = messages(folder, "");
            for (Locale language : MailRenderer.LANGUAGES.subList(1, MailRenderer.LANGUAGES.size())) {
                Properties translated = messages(folder, "_" + language.getLanguage());
                assertThat(translated.stringPropertyNames()).as(folder + " " + language)
                        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
                translated.values().forEach(text -> assertThat((String) text).as(folder + " " + language).doesNotContain("'"));
            }
            english.values().forEach(text -> assertThat((String) text).as(folder).doesNotContain("'"));
        }
    }

    @Test
    void optionalValuesMayBeLeftOut() {
        Map<String, Object> model = new HashMap<>(Map.of("projectTitle", "P", "mentorName", "M"));
        assertThat(NotificationTemplates.problems("match-proposed", model)).isEmpty();
        assertThat(renderer.render("match-proposed", Locale.GERMAN, model, "Ana", LINK).text()).doesNotContain("Matching-Runde");
    }

    private static String greeting(Locale language) {
        return switch (language.getLanguage()) {
            case "de", "nl" -> "Hallo Ana,";
            case "fr" -> "Bonjour Ana,";
            default -> "Hello Ana,";
        };
    }

    private static Properties messages(String folder, String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailRendererTest.class.getResourceAsStream("/email-templates/" + folder + "/messages" + suffix + ".properties")) {
            assertThat(in).as(folder + suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
