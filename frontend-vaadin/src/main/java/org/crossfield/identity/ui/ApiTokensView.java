package org.crossfield.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossfield.i18n.Dates;
import org.crossfield.identity.ApiTokenScope;
import org.crossfield.identity.ApiTokenService;
import org.crossfield.identity.ApiTokenSummary;
import org.crossfield.identity.CreateApiTokenCmd;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.NewApiToken;
import org.crossfield.identity.Roles;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "API tokens" of My account: a person makes personal access tokens for the REST API (docs/api.md) with a name, a last
 * day and scopes; the new token is shown once; the list says when each was last used; revoking asks first.
 */
@Route("account/api-tokens")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Clock clock;
    private final VerticalLayout list = new VerticalLayout();
    private final TextField name = new TextField();
    private final DatePicker lastDay = Dates.localise(new DatePicker());
    private final CheckboxGroup<ApiTokenScope> scopes = new CheckboxGroup<>();
    private final Div problems = AdminUi.problemsBox("token-problems");
    private final Div created = new Div();

    public ApiTokensView(ApiTokenService tokens, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        setId("api-tokens");
        setMaxWidth("64rem");
        Paragraph intro = new Paragraph(getTranslation("identity.tokens.intro"));
        intro.addClassName("cf-muted");
        Anchor docs = new Anchor("/swagger-ui.html", getTranslation("identity.tokens.docs"));
        docs.setId("api-docs-link");
        docs.setRouterIgnore(true);

        LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
        name.setLabel(getTranslation("identity.tokens.name"));
        lastDay.setLabel(getTranslation("identity.tokens.last-day"));
        scopes.setLabel(getTranslation("identity.tokens.scopes"));
        name.setId("token-name");
        name.setMaxLength(ApiTokenService.MAX_NAME);
        name.setPlaceholder(getTranslation("identity.tokens.name-placeholder"));
        lastDay.setId("token-expires");
        lastDay.setMin(today);
        lastDay.setMax(today.plusDays(ApiTokenService.MAX_DAYS));
        lastDay.setValue(today.plusDays(90));
        scopes.setId("token-scopes");
        scopes.setItems(ApiTokenScope.values());
        scopes.setItemLabelGenerator(s -> getTranslation("identity.tokens.scope." + s.name()));
        scopes.setValue(Set.of(ApiTokenScope.READ));
        Button create = new Button(getTranslation("identity.tokens.create"), e -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, lastDay, scopes, create);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);

        created.setId("new-token-box");
        created.setVisible(false);

        list.setId("token-list");
        list.setPadding(false);
        list.setSpacing(false);

        add(intro, docs, new H3(getTranslation("identity.tokens.new-heading")), form, problems, created,
                new H3(getTranslation("identity.tokens.mine-heading")), list);
        refresh();
    }

    private void create() {
        AdminUi.clearProblems(problems);
        try {
            NewApiToken made = tokens.create(new CreateApiTokenCmd(name.getValue(), lastDay.getValue(), scopes.getValue()));
            created.removeAll();
            Span token = new Span(made.token());
            token.setId("new-token");
            token.getStyle().set("font-family", "monospace").set("user-select", "all").set("word-break", "break-all");
            Paragraph once = new Paragraph(getTranslation("identity.tokens.copy-now"));
            once.getStyle().set("font-weight", "600");
            created.add(once, token);
            created.setVisible(true);
            name.clear();
            AdminUi.success(getTranslation("identity.tokens.created", made.summary().name()));
            refresh();
        } catch (InvalidAccountException e) {
            AdminUi.showProblems(problems, getTranslation("identity.tokens.not-created"), AdminUi.problems(e));
        }
    }

    private void revoke(ApiTokenSummary token) {
        tokens.revoke(token.id());
        created.setVisible(false);
        created.removeAll();
        AdminUi.success(getTranslation("identity.tokens.revoked", token.name()));
        refresh();
    }

    /** One line per token: what it is, when it was last used, whether it still works, and a way to revoke it. */
    private void refresh() {
        list.removeAll();
        List<ApiTokenSummary> mine = tokens.myTokens();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("identity.tokens.none")));
        }
        Instant now = clock.instant();
        for (ApiTokenSummary t : mine) {
            Span what = new Span(t.name());
            what.getStyle().set("font-weight", "600");
            Span details = new Span(t.prefix() + "… · " + t.scopes().stream().map(ApiTokenScope::apiName).sorted()
                    .collect(Collectors.joining(", ")) + " · " + (t.lastUsedAt() == null
                    ? getTranslation("identity.tokens.never-used")
                    : getTranslation("identity.tokens.last-used", AdminUi.when(t.lastUsedAt()))) + " · " + status(t, now));
            details.addClassName("cf-muted");
            HorizontalLayout row = new HorizontalLayout(what, details);
            row.setId("token-" + t.id());
            row.setAlignItems(Alignment.BASELINE);
            row.setWrap(true);
            if (t.activeAt(now)) {
                Button revoke = new Button(getTranslation("identity.tokens.revoke"), e -> AdminUi.confirm("revoke-token",
                        getTranslation("identity.tokens.revoke-question", t.name()),
                        getTranslation("identity.tokens.revoke-text"), getTranslation("identity.tokens.revoke"), true,
                        () -> revoke(t)));
                revoke.setId("revoke-token-" + t.id());
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                row.add(revoke);
            }
            list.add(row);
        }
    }

    static String status(ApiTokenSummary t, Instant now) {
        if (t.revokedAt() != null) {
            return AdminUi.t("identity.tokens.status.revoked", AdminUi.when(t.revokedAt()));
        }
        if (!t.expiresAt().isAfter(now)) {
            return AdminUi.t("identity.tokens.status.expired");
        }
        return AdminUi.t("identity.tokens.status.works-until",
                Dates.day(LocalDate.ofInstant(t.expiresAt(), ZoneOffset.UTC).minusDays(1), AdminUi.locale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.tokens.title");
    }
}
