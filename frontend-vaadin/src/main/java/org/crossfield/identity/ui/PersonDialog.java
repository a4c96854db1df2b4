package org.crossfield.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.crossfield.identity.AccountEventSummary;
import org.crossfield.identity.AccountStatus;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.OrganisationBrief;
import org.crossfield.identity.PeopleAdminService;
import org.crossfield.identity.PersonSummary;
import org.crossfield.identity.Roles;

/** A person's page for administrators: roles, organisation, account enabled or not, invitation, history. */
class PersonDialog extends Dialog {

    private final PeopleAdminService people;
    private final List<OrganisationBrief> organisations;
    private final Runnable changed;
    private final Div facts = new Div();
    private final CheckboxGroup<String> roles = new CheckboxGroup<>(AdminUi.t("identity.people.roles"));
    private final ComboBox<OrganisationBrief> organisation = new ComboBox<>(AdminUi.t("identity.people.organisation"));
    private final HorizontalLayout accountActions = new HorizontalLayout();
    private final Div problems = AdminUi.problemsBox("person-problems");
    private final Grid<AccountEventSummary> history = new Grid<>();
    private PersonSummary person;

    PersonDialog(PeopleAdminService people, List<OrganisationBrief> organisations, PersonSummary person, Runnable changed) {
        this.people = people;
        this.organisations = organisations;
        this.changed = changed;
        setId("person-dialog");
        setWidth("56rem");
        setMaxWidth("95vw");

        facts.setId("person-facts");
        roles.setId("person-roles");
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(AdminUi::role);
        Button saveRoles = new Button(getTranslation("identity.person.save-roles"), e -> saveRoles());
        saveRoles.setId("person-save-roles");
        HorizontalLayout roleRow = new HorizontalLayout(roles, saveRoles);
        roleRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        organisation.setId("person-organisation");
        organisation.setItemLabelGenerator(OrganisationBrief::name);
        organisation.setClearButtonVisible(true);
        organisation.setPlaceholder(getTranslation("identity.person.no-organisation"));
        organisation.setWidth("22rem");
        Button saveOrganisation = new Button(getTranslation("identity.person.save-organisation"), e -> saveOrganisation());
        saveOrganisation.setId("person-save-organisation");
        HorizontalLayout organisationRow = new HorizontalLayout(organisation, saveOrganisation);
        organisationRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        history.setId("person-history");
        history.addColumn(h -> AdminUi.when(h.occurredAt())).setHeader(getTranslation("identity.person.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(h -> AdminUi.action(h.action())).setHeader(getTranslation("identity.person.history.what"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(h -> h.actorName() == null ? "" : h.actorName()).setHeader(getTranslation("identity.person.history.by"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(AdminUi::detail).setHeader(getTranslation("identity.person.history.detail"))
                .setFlexGrow(1);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setEmptyStateText(getTranslation("identity.person.history.empty"));
        history.setHeight("14rem");

        VerticalLayout content = new VerticalLayout(facts, problems, roleRow, organisationRow, accountActions,
                new H4(getTranslation("identity.person.history")), history);
        content.setPadding(false);
        add(content);
        Button close = new Button(getTranslation("identity.close"), e -> close());
        close.setId("person-close");
        getFooter().add(close);
        show(person);
    }

    private void show(PersonSummary p) {
        this.person = p;
        setHeaderTitle(p.displayName());
        facts.removeAll();
        facts.add(fact(getTranslation("identity.people.email"), p.email()), fact(getTranslation("identity.people.status"),
                AdminUi.status(p)), fact(getTranslation("identity.person.created"), AdminUi.when(p.createdAt())));
        if (p.status() == AccountStatus.PENDING && p.requestedRole() != null) {
            facts.add(fact(getTranslation("identity.person.asked-to-be"), AdminUi.role(p.requestedRole())));
        }
        roles.setValue(new TreeSet<>(p.roles()));
        List<OrganisationBrief> items = new ArrayList<>(organisations);
        if (p.organisationId() != null && items.stream().noneMatch(o -> o.id() == p.organisationId())) {
            // an inactive organisation is not offered for new members, but the person's own one is shown
            items.add(new OrganisationBrief(p.organisationId(), p.organisationName(), null, null));
        }
        organisation.setItems(items);
        organisation.setValue(items.stream().filter(o -> p.organisationId() != null && o.id() == p.organisationId())
                .findFirst().orElse(null));
        accountActions.removeAll();
        if (p.enabled()) {
            Button disable = new Button(getTranslation("identity.person.disable"), VaadinIcon.BAN.create(), e -> confirmDisable());
            disable.setId("person-disable");
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
            accountActions.add(disable);
        } else {
            Button enable = new Button(getTranslation("identity.person.enable"), VaadinIcon.UNLOCK.create(), e -> confirmEnable());
            enable.setId("person-enable");
            accountActions.add(enable);
        }
        if (p.status() == AccountStatus.INVITED) {
            Button resend = new Button(getTranslation("identity.person.resend"), VaadinIcon.ENVELOPE_O.create(),
                    e -> confirmResend());
            resend.setId("person-resend-invitation");
            accountActions.add(resend);
        }
        List<AccountEventSummary> events = people.history(p.id());
        history.setItems(events);
        if (p.status() == AccountStatus.INVITED) {
            // the invited roles are granted when the invitation is accepted; until then the record says what they are
            events.stream().filter(e -> "INVITED".equals(e.action()) && e.detail() != null).findFirst()
                    .ifPresent(e -> facts.add(fact(getTranslation("identity.person.invited-as"), AdminUi.detail(e))));
            roles.setHelperText(getTranslation("identity.person.invited-roles-help"));
        } else {
            roles.setHelperText(null);
        }
    }

    private void saveRoles() {
        Set<String> wanted = roles.getValue();
        attempt(() -> people.changeRoles(person.id(), wanted), getTranslation("identity.person.roles-saved", person.displayName()));
    }

    private void saveOrganisation() {
        OrganisationBrief chosen = organisation.getValue();
        attempt(() -> people.changeOrganisation(person.id(), chosen == null ? null : chosen.id()),
                getTranslation("identity.person.organisation-saved", person.displayName()));
    }

    private void confirmDisable() {
        AdminUi.confirm("person-disable", getTranslation("identity.person.disable-question", person.displayName()),
                getTranslation("identity.person.disable-text", person.displayName()), getTranslation("identity.person.disable-action"),
                true, () -> attempt(() -> people.disable(person.id()), getTranslation("identity.person.disabled", person.displayName())));
    }

    private void confirmEnable() {
        AdminUi.confirm("person-enable", getTranslation("identity.person.enable-question", person.displayName()),
                getTranslation("identity.person.enable-text", person.displayName()), getTranslation("identity.person.enable-action"),
                false, () -> attempt(() -> people.enable(person.id()), getTranslation("identity.person.enabled", person.displayName())));
    }

    private void confirmResend() {
        AdminUi.confirm("person-resend", getTranslation("identity.person.resend-question"),
                getTranslation("identity.person.resend-text", person.email()), getTranslation("identity.send"), false,
                () -> attempt(() -> people.resendInvitation(person.id()), getTranslation("identity.person.resent", person.email())));
    }

    private boolean attempt(java.util.function.Supplier<PersonSummary> action, String success) {
        try {
            PersonSummary updated = action.get();
            AdminUi.clearProblems(problems);
            show(updated);
            changed.run();
            AdminUi.success(success);
            return true;
        } catch (InvalidAccountException e) {
            AdminUi.showProblems(problems, null, AdminUi.problems(e));
            return false;
        }
    }

    private static Div fact(String label, String value) {
        Span name = new Span(label + ": ");
        name.getStyle().set("font-weight", "600");
        return new Div(name, new Span(value == null ? "" : value));
    }
}
