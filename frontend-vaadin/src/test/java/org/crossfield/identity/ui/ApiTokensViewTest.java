package org.crossfield.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.crossfield.Application;
import org.crossfield.identity.ApiTokenScope.Access;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The page "API tokens": a token is made and shown once, kept hashed, refused without a name, revoked after asking. */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class ApiTokensViewTest extends SpringBrowserlessTest {

    static final String SUPERVISOR = "supervisor@demo.crossfield.org";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(SUPERVISOR)
    void aNewTokenIsShownOnceAndRevokedOnlyAfterConfirming() {
        navigate(ApiTokensView.class);
        String name = "Lab pipeline " + System.nanoTime();
        test($(TextField.class).id("token-name")).setValue(name);
        group("token-scopes-all").setValue(Set.of(Access.READ, Access.WRITE));
        test($(Button.class).id("create-token")).click();

        String token = $(Span.class).id("new-token").getText();
        assertThat(token).startsWith("cfp_");
        Long id = jdbc.queryForObject("select t.id from api_token t join app_user u on u.id = t.user_id where u.email = ?"
                + " and t.name = ?", Long.class, SUPERVISOR, name);
        assertThat(jdbc.queryForObject("select scopes from api_token where id = ?", String.class, id)).isEqualTo("read,write");
        assertThat($(Span.class).id("token-may-" + id).getText()).isEqualTo("Reads: All areas · Changes: All areas");
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, token))
                .as("only the hash is stored").isZero();

        // shown once: a new visit of the page has no token on it
        navigate(MyAccountView.class);
        navigate(ApiTokensView.class);
        assertThat($(Span.class).withId("new-token").exists()).isFalse();

        test($(Button.class).id("revoke-token-" + id)).click();
        assertThat(jdbc.queryForObject("select revoked_at is null from api_token where id = ?", Boolean.class, id))
                .as("not before confirming").isTrue();
        test($(Button.class).id("revoke-token-confirm")).click();
        assertThat(jdbc.queryForObject("select revoked_at is not null from api_token where id = ?", Boolean.class, id)).isTrue();
        assertThat($(Button.class).withId("revoke-token-" + id).exists()).as("nothing left to revoke").isFalse();
    }

    @Test
    @WithUserDetails(SUPERVISOR)
    void aTokenGetsTheAreaScopesChosenAndTheListSaysThemReadably() {
        navigate(ApiTokensView.class);
        String name = "Postings only " + System.nanoTime();
        test($(TextField.class).id("token-name")).setValue(name);
        CheckboxGroup<Access> all = group("token-scopes-all");
        assertThat(all.getValue()).as("reading everything is the default").containsExactly(Access.READ);
        CheckboxGroup<Access> postings = group("token-scopes-postings");
        assertThat(postings.getItemEnabledProvider().test(Access.READ)).as("already allowed in every area").isFalse();
        all.setValue(Set.of());
        assertThat(postings.getItemEnabledProvider().test(Access.READ)).isTrue();
        postings.setValue(Set.of(Access.READ, Access.WRITE));
        group("token-scopes-applications").setValue(Set.of(Access.WRITE));
        group("token-scopes-mentors").setValue(Set.of(Access.READ));
        test($(Button.class).id("create-token")).click();

        assertThat($(Span.class).id("new-token").getText()).startsWith("cfp_");
        Long id = jdbc.queryForObject("select t.id from api_token t join app_user u on u.id = t.user_id where u.email = ?"
                + " and t.name = ?", Long.class, SUPERVISOR, name);
        assertThat(jdbc.queryForObject("select scopes from api_token where id = ?", String.class, id))
                .isEqualTo("postings:read,postings:write,applications:write,mentors:read");
        Span listed = $(Span.class).id("token-may-" + id);
        assertThat(listed.getText()).isEqualTo("Reads: Postings, Mentor suggestions · Changes: Postings, Applications");
        assertThat(listed.getElement().getAttribute("title"))
                .isEqualTo("postings:read postings:write applications:write mentors:read");
    }

    @Test
    @WithUserDetails(SUPERVISOR)
    void aTokenWithoutNameOrScopeIsRefusedWithEveryReason() {
        navigate(ApiTokensView.class);
        group("token-scopes-all").setValue(Set.of());
        test($(Button.class).id("create-token")).click();
        Div problems = $(Div.class).id("token-problems");
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getElement().getTextRecursively()).contains("name").contains("read, write");
        assertThat($(Span.class).withId("new-token").exists()).isFalse();
    }

    @Test
    @WithUserDetails(SUPERVISOR)
    void webhooksAreNotOfferedToThoseWhoCannotUseThem() {
        navigate(ApiTokensView.class);
        assertThat($(CheckboxGroup.class).withId("token-scopes-postings").exists()).isTrue();
        assertThat($(CheckboxGroup.class).withId("token-scopes-webhooks").exists()).as("webhooks are for partners and coordinators").isFalse();
    }

    @Test
    @WithUserDetails("partner@demo.crossfield.org")
    void anIndustryPartnerIsOfferedTheWebhooksArea() {
        navigate(ApiTokensView.class);
        assertThat($(CheckboxGroup.class).withId("token-scopes-webhooks").exists()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Access> group(String id) {
        return $(CheckboxGroup.class).id(id);
    }
}
