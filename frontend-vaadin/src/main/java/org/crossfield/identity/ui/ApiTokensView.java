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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crossfield.i18n.Dates;
import org.crossfield.identity.ApiArea;
import org.crossfield.identity.ApiTokenScope;
import org.crossfield.identity.ApiTokenScope.Access;
import org.crossfield.identity.ApiTokenService;
import org.crossfield.identity.ApiTokenSummary;
import org.crossfield.identity.CreateApiTokenCmd;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.NewApiToken;
import org.crossfield.identity.Roles;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "API tokens" of My account: a person makes personal access tokens for the REST API (docs/api.md) with a name, a last
 * day and scopes: read and/or change, in every area or per area ({@link ApiArea}); the new token is shown once; the
 * list says what each may do and when it was last used; revoking asks first.
 */
@Route("account/api-tokens")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Clock clock;
    private final VerticalLayout list = new VerticalLayout();
    private final TextField name = new TextField();
    private final DatePicker lastDay = Dates.localise(new DatePicker());
    /** What the token may do in every area ({@code read}, {@code write}), then per area; the value is their union. */
    private final CheckboxGroup<Access> everyArea = new CheckboxGroup<>();
    private final Map<ApiArea, CheckboxGroup<Access>> areas = new EnumMap<>(ApiArea.class);
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
        name.setId("token-name");
        name.setMaxLength(ApiTokenService.MAX_NAME);
        name.setPlaceholder(getTranslation("identity.tokens.name-placeholder"));
        lastDay.setId("token-expires");
        lastDay.setMin(today);
        lastDay.setMax(today.plusDays(ApiTokenService.MAX_DAYS));
        lastDay.setValue(today.plusDays(90));
        Div scopes = scopeChoice();
        Button create = new Button(getTranslation("identity.tokens.create"), e -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout nameAndDay = new HorizontalLayout(name, lastDay);
        nameAndDay.setAlignItems(Alignment.BASELINE);
        nameAndDay.setWrap(true);
        VerticalLayout form = new VerticalLayout(nameAndDay, scopes, create);
        form.setPadding(false);

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
            NewApiToken made = tokens.create(new CreateApiTokenCmd(name.getValue(), lastDay.getValue(), chosenScopes()));
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

    /**
     * "Every area" first (the default: read), then one group per area; what every area already allows is greyed out in
     * the areas, so that a token never lists the same right twice.
     */
    private Div scopeChoice() {
        Div box = new Div();
        box.setId("token-scopes");
        box.getElement().setAttribute("role", "group");
        box.getElement().setAttribute("aria-labelledby", "token-scopes-label");
        Span label = new Span(getTranslation("identity.tokens.scopes"));
        label.setId("token-scopes-label");
        label.getStyle().set("font-weight", "600");
        Paragraph hint = new Paragraph(getTranslation("identity.tokens.scopes-hint"));
        hint.addClassName("cf-muted");
        Div groups = new Div();
        groups.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(17rem, 1fr))")
                .set("gap", "0 var(--lumo-space-l)");
        accessChoice(everyArea, "token-scopes-all", getTranslation("identity.tokens.area.all"),
                getTranslation("identity.tokens.area.all-hint"));
        everyArea.setValue(Set.of(Access.READ));
        groups.add(everyArea);
        // Webhooks are for industry partners and coordinators (WebhookService); nobody else is offered an area they cannot use.
        boolean webhooks = CurrentUser.get().filter(u -> u.hasRole(Roles.PARTNER) || u.hasRole(Roles.COORDINATOR)).isPresent();
        for (ApiArea area : ApiArea.values()) {
            if (area == ApiArea.WEBHOOKS && !webhooks) {
                continue;
            }
            CheckboxGroup<Access> group = new CheckboxGroup<>();
            accessChoice(group, "token-scopes-" + area.apiName(), getTranslation("identity.tokens.area." + area.name()),
                    getTranslation("identity.tokens.area." + area.name() + ".hint"));
            group.setItemEnabledProvider(access -> !everyArea.getValue().contains(access));
            areas.put(area, group);
            groups.add(group);
        }
        everyArea.addValueChangeListener(e -> areas.values().forEach(group -> {
            Set<Access> kept = EnumSet.noneOf(Access.class);
            kept.addAll(group.getValue());
            kept.removeAll(e.getValue());
            group.setValue(kept);
            group.getDataProvider().refreshAll();
        }));
        box.add(label, hint, groups);
        return box;
    }

    private void accessChoice(CheckboxGroup<Access> group, String id, String label, String helper) {
        group.setId(id);
        group.setLabel(label);
        group.setHelperText(helper);
        group.setItems(Access.values());
        group.setItemLabelGenerator(access -> getTranslation("identity.tokens.scope." + access.name()));
    }

    /** The scopes ticked: every area's, then each area's. */
    private Set<ApiTokenScope> chosenScopes() {
        Set<ApiTokenScope> chosen = new TreeSet<>();
        everyArea.getValue().forEach(access -> chosen.add(ApiTokenScope.everyArea(access)));
        areas.forEach((area, group) -> group.getValue().forEach(access -> chosen.add(ApiTokenScope.of(area, access))));
        return chosen;
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
            Span details = new Span(t.prefix() + "… · " + (t.lastUsedAt() == null
                    ? getTranslation("identity.tokens.never-used")
                    : getTranslation("identity.tokens.last-used", AdminUi.when(t.lastUsedAt()))) + " · " + status(t, now));
            details.addClassName("cf-muted");
            Span may = new Span(describe(t.scopes()));
            may.setId("token-may-" + t.id());
            may.getElement().setAttribute("title", t.scopes().stream().map(ApiTokenScope::apiName)
                    .collect(Collectors.joining(" ")));
            HorizontalLayout row = new HorizontalLayout(what, may, details);
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

    /** "Reads: all areas · Changes: Postings, Applications", in the person's language. */
    static String describe(Set<ApiTokenScope> scopes) {
        List<String> parts = new ArrayList<>();
        for (Access access : Access.values()) {
            List<ApiTokenScope> mine = scopes.stream().filter(s -> s.access() == access).sorted().toList();
            if (mine.isEmpty()) {
                continue;
            }
            String where = mine.stream().anyMatch(ApiTokenScope::everyArea) ? AdminUi.t("identity.tokens.area.all")
                    : mine.stream().map(s -> AdminUi.t("identity.tokens.area." + s.area().name()))
                    .collect(Collectors.joining(", "));
            parts.add(AdminUi.t("identity.tokens.list." + access.name(), where));
        }
        return String.join(" · ", parts);
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
