package org.crossfield.identity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.validator.EmailValidator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossfield.identity.InviteCmd;
import org.crossfield.identity.OrganisationBrief;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.identity.Roles;

/**
 * Whom to invite: e-mail, name, organisation, roles, language and (for administrators inviting a coordinator) the
 * programmes they will coordinate. Offers only the roles and organisations the inviter may use; validates with Binder
 * and hands back an {@link InviteCmd}. It never calls a service.
 */
public class InviteForm extends Composite<FormLayout> {

    private final Binder<Bean> binder = new Binder<>();
    private final TextField email = new TextField(AdminUi.t("identity.people.email"));
    private final TextField name = new TextField(AdminUi.t("identity.people.name"));
    private final ComboBox<OrganisationBrief> organisation = new ComboBox<>(AdminUi.t("identity.people.organisation"));
    private final CheckboxGroup<String> roles = new CheckboxGroup<>(AdminUi.t("identity.people.roles"));
    private final Select<String> language = new Select<>();
    private final MultiSelectComboBox<ProgrammeBrief> programmes =
            new MultiSelectComboBox<>(AdminUi.t("identity.invite.programmes"));

    /**
     * @param findProgrammes null when the inviter may not name coordinators (the field is not shown)
     * @param organisationRequired coordinators invite people into an organisation of their programmes only
     */
    public InviteForm(List<OrganisationBrief> organisations, List<String> allowedRoles,
                      CallbackDataProvider.FetchCallback<ProgrammeBrief, String> findProgrammes, boolean organisationRequired) {
        email.setId("invite-email");
        email.setMaxLength(254);
        email.setPlaceholder(AdminUi.t("identity.invite.email-placeholder"));
        name.setId("invite-name");
        name.setMaxLength(120);
        organisation.setId("invite-organisation");
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationBrief::name);
        organisation.setClearButtonVisible(!organisationRequired);
        if (!organisationRequired) {
            organisation.setHelperText(AdminUi.t("identity.invite.organisation-help"));
        }
        roles.setId("invite-roles");
        roles.setItems(allowedRoles);
        roles.setItemLabelGenerator(AdminUi::role);
        language.setId("invite-language");
        language.setLabel(AdminUi.t("identity.invite.language"));
        language.setItems(AdminUi.LANGUAGE_CODES);
        language.setItemLabelGenerator(AdminUi::language);
        programmes.setId("invite-programmes");
        programmes.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        programmes.setHelperText(AdminUi.t("identity.invite.programmes-help"));
        programmes.setVisible(findProgrammes != null);
        if (findProgrammes != null) {
            programmes.setItems(findProgrammes);
        }

        binder.forField(email).asRequired(AdminUi.t("identity.invite.email-required"))
                .withValidator(new EmailValidator(AdminUi.t("identity.invite.email-invalid")))
                .bind(b -> b.email, (b, v) -> b.email = v);
        binder.forField(name).asRequired(AdminUi.t("identity.invite.name-required"))
                .withValidator(n -> n.strip().length() <= 120, AdminUi.t("identity.at-most-characters", 120))
                .bind(b -> b.name, (b, v) -> b.name = v);
        var organisationBinding = binder.forField(organisation);
        if (organisationRequired) {
            organisationBinding.asRequired(AdminUi.t("identity.invite.organisation-required"));
        }
        organisationBinding.bind(b -> b.organisation, (b, v) -> b.organisation = v);
        // not asRequired: a required checkbox group carries aria-required on role "group", which ARIA does not allow (axe)
        binder.forField(roles).withValidator(v -> v != null && !v.isEmpty(), AdminUi.t("identity.invite.roles-required")).bind(b -> b.roles, (b, v) -> b.roles = v);
        // not asRequired: Vaadin's Select puts aria-required on its inner button, where ARIA does not allow it (axe, critical)
        binder.forField(language).withValidator(java.util.Objects::nonNull, AdminUi.t("identity.invite.language-required")).bind(b -> b.language, (b, v) -> b.language = v);
        binder.forField(programmes)
                .withValidator(p -> p.isEmpty() || roles.getValue().contains(Roles.COORDINATOR),
                        AdminUi.t("identity.invite.coordinator-role-needed"))
                .bind(b -> b.programmes, (b, v) -> b.programmes = v);

        FormLayout layout = getContent();
        layout.add(email, name, organisation, language, roles, programmes);
        layout.setColspan(roles, 2);
        layout.setColspan(programmes, 2);
        clear();
    }

    public void clear() {
        binder.setBean(new Bean());
    }

    /** The invitation, or empty with the problems shown at the fields. */
    public Optional<InviteCmd> validated() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Bean b = binder.getBean();
        return Optional.of(new InviteCmd(b.email.strip(), b.name.strip(), b.organisation == null ? null : b.organisation.id(),
                Set.copyOf(b.roles), b.language,
                b.programmes.stream().map(ProgrammeBrief::id).collect(Collectors.toSet())));
    }

    /** "Student, Mentor at Example University" for the confirmation. */
    String describe() {
        Bean b = binder.getBean();
        String r = AdminUi.roles(b.roles);
        return b.organisation == null ? r : AdminUi.t("identity.invite.roles-at", r, b.organisation.name());
    }

    private static final class Bean {
        String email = "";
        String name = "";
        OrganisationBrief organisation;
        Set<String> roles = new LinkedHashSet<>();
        String language = "en";
        Set<ProgrammeBrief> programmes = new LinkedHashSet<>();
    }
}
