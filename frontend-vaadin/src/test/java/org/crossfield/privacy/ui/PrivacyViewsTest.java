package org.crossfield.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.crossfield.Application;
import org.crossfield.privacy.ErasureRequestSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** "My data", the consent gate and the administrators' privacy page, without a browser. */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class PrivacyViewsTest extends SpringBrowserlessTest {

    static final String SUPERVISOR = "supervisor@demo.crossfield.org";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(SUPERVISOR)
    void aPersonChangesAnOptInAndAsksForErasureAndWithdrawsIt() {
        navigate(MyDataView.class);
        assertThat($(Checkbox.class).id("optin-showcase").getValue()).as("the demo people opted in").isTrue();
        boolean mailBefore = $(Checkbox.class).id("optin-mail").getValue();
        long recordsBefore = records();
        test($(Checkbox.class).id("optin-mail")).click();
        assertThat(jdbc.queryForObject("select optional_mail from privacy_choice p join app_user u on u.id = p.user_id"
                + " where u.email = ?", Boolean.class, SUPERVISOR)).isEqualTo(!mailBefore);
        assertThat(records()).isEqualTo(recordsBefore + 1);
        test($(Checkbox.class).id("optin-mail")).click();
        assertThat(records()).isEqualTo(recordsBefore + 2);

        test($(Button.class).id("request-erasure")).click();
        test($(Button.class).id("confirm-erasure-request")).click();
        assertThat($(Paragraph.class).id("erasure-waiting").getText()).contains("You asked for erasure");
        assertThat(jdbc.queryForObject("select count(*) from erasure_request r join app_user u on u.id = r.user_id"
                + " where u.email = ? and r.status = 'REQUESTED'", Integer.class, SUPERVISOR)).isEqualTo(1);
        test($(Button.class).id("withdraw-erasure")).click();
        assertThat($(Button.class).id("request-erasure").isVisible()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from erasure_request r join app_user u on u.id = r.user_id"
                + " where u.email = ? and r.status = 'REQUESTED'", Integer.class, SUPERVISOR)).isZero();
    }

    @Test
    @WithUserDetails(SUPERVISOR)
    void someoneWhoHasNotAcceptedTheCurrentNoticeSeesItBeforeAnythingElse() {
        Integer accepted = jdbc.queryForObject("select accepted_version from privacy_choice p join app_user u on u.id = p.user_id"
                + " where u.email = ?", Integer.class, SUPERVISOR);
        jdbc.update("update privacy_choice set accepted_version = null where user_id = (select id from app_user where email = ?)",
                SUPERVISOR);
        try {
            // the first screen of this test's session was let through and remembered; a new login asks again
            com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(ConsentGate.ACCEPTED, null);
            navigate("my-data", ConsentView.class);
            assertThat($(Div.class).id("consent-notice").getText()).isNotBlank();
            assertThat($(Button.class).id("consent-accept").isEnabled()).isFalse();
            test($(Checkbox.class).id("consent-read")).click();
            test($(Button.class).id("consent-accept")).click();
            assertThat(jdbc.queryForObject("select accepted_version from privacy_choice p join app_user u on u.id = p.user_id"
                    + " where u.email = ?", Integer.class, SUPERVISOR)).isEqualTo(accepted);
            navigate(MyDataView.class);
            assertThat(getCurrentView()).isInstanceOf(MyDataView.class);
        } finally {
            jdbc.update("update privacy_choice set accepted_version = ? where user_id = (select id from app_user where email = ?)",
                    accepted, SUPERVISOR);
        }
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void administratorsSeeTheNoticeTheRequestsAndRunRetention() {
        navigate(PrivacyAdminView.class);
        assertThat($(Paragraph.class).id("notice-state").getText()).startsWith("Version ");
        test($(Button.class).id("run-retention")).click();
        assertThat($(Div.class).id("retention-report").getElement().getTextRecursively()).contains("items removed",
                "Audit log entries: ", "CVs and answers of rejected or withdrawn applications: ");
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void anAdministratorReviewsARequestAndCarriesItOut() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String email = "olga." + suffix + "@privacy-views.example";
        jdbc.update("""
                insert into app_user (email, display_name, password_hash, enabled, locale, demo, created_at, version, status,
                    session_epoch) values (?, ?, '{noop}x', true, 'en', false, current_timestamp(6), 0, 'ACTIVE', 0)""",
                email, "Olga Views " + suffix);
        long person = jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
        jdbc.update("insert into user_role (user_id, role) values (?, 'MENTOR')", person);
        jdbc.update("insert into erasure_request (user_id, status, requested_at) values (?, 'REQUESTED', current_timestamp(6))", person);

        navigate(PrivacyAdminView.class);
        @SuppressWarnings("unchecked")
        Grid<ErasureRequestSummary> requests = $(Grid.class).id("erasure-requests");
        ErasureRequestSummary request = requests.getListDataView().getItems().filter(r -> r.personEmail().equals(email))
                .findFirst().orElseThrow();
        requests.asSingleSelect().setValue(request);
        assertThat($(UnorderedList.class).id("review-kept").getElement().getTextRecursively()).contains("contract")
                .as("kinds of data by name, not code").doesNotContainPattern(
                        "\\b(profile|applications|postings|matching|agreements|collaborations|notifications|webhooks): ");
        test($(Button.class).id("carry-out-erasure")).click();
        test($(Button.class).id("confirm-erasure")).click();
        assertThat(jdbc.queryForObject("select concat(display_name, ' ', status) from app_user where id = ?", String.class, person))
                .isEqualTo("Former user " + person + " ERASED");
        assertThat(requests.getListDataView().getItems().noneMatch(r -> r.id() == request.id())).isTrue();
    }

    private long records() {
        return jdbc.queryForObject("select count(*) from consent_record c join app_user u on u.id = c.user_id where u.email = ?",
                Long.class, SUPERVISOR);
    }
}
