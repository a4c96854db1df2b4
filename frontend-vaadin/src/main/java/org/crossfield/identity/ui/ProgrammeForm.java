package org.crossfield.identity.ui;

import org.crossfield.i18n.Dates;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossfield.identity.ProgrammeDetails;
import org.crossfield.identity.ProgrammeSummary;
import org.crossfield.identity.ProgrammeSummary.OrganisationRef;
import org.crossfield.identity.ProgrammeSummary.PersonRef;

/**
 * A programme's code, name, funder, description, period, the organisations taking part and its coordinators. Validates
 * with Binder and hands back {@link ProgrammeDetails}. The coordinators are looked up as the administrator types, through
 * the callback the view gives; the form never calls a service itself.
 */
public class ProgrammeForm extends Composite<FormLayout> {

    private final Binder<Bean> binder = new Binder<>();
    private final TextField code = new TextField(AdminUi.t("identity.programmes.code"));
    private final TextField name = new TextField(AdminUi.t("identity.programmes.name"));
    private final TextField funder = new TextField(AdminUi.t("identity.programmes.funder"));
    private final TextArea description = new TextArea(AdminUi.t("identity.programmes.description"));
    private final DatePicker startsOn = Dates.localise(new DatePicker(AdminUi.t("identity.programmes.starts-on")));
    private final DatePicker endsOn = Dates.localise(new DatePicker(AdminUi.t("identity.programmes.ends-on")));
    private final MultiSelectComboBox<OrganisationRef> organisations =
            new MultiSelectComboBox<>(AdminUi.t("identity.programmes.organisations-taking-part"));
    private final MultiSelectComboBox<PersonRef> coordinators = new MultiSelectComboBox<>(AdminUi.t("identity.programmes.coordinators"));
    private final List<OrganisationRef> choosable;

    public ProgrammeForm(List<OrganisationRef> choosable, CallbackDataProvider.FetchCallback<PersonRef, String> findCoordinators) {
        this.choosable = choosable;
        code.setId("programme-code");
        code.setMaxLength(40);
        code.setPlaceholder(AdminUi.t("identity.programmes.code-placeholder"));
        name.setId("programme-name");
        name.setMaxLength(200);
        funder.setId("programme-funder");
        funder.setMaxLength(200);
        funder.setPlaceholder(AdminUi.t("identity.programmes.funder-placeholder"));
        description.setId("programme-description");
        description.setMaxLength(2000);
        startsOn.setId("programme-start");
        endsOn.setId("programme-end");
        organisations.setId("programme-organisations");
        organisations.setItems(choosable);
        organisations.setItemLabelGenerator(OrganisationRef::name);
        organisations.setHelperText(AdminUi.t("identity.programmes.organisations-help"));
        coordinators.setId("programme-coordinators");
        coordinators.setItems(findCoordinators);
        coordinators.setItemLabelGenerator(p -> p.displayName() + " <" + p.email() + ">");
        coordinators.setHelperText(AdminUi.t("identity.programmes.coordinators-help"));

        binder.forField(code).asRequired(AdminUi.t("identity.programmes.code-required"))
                .withValidator(c -> c.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}"),
                        AdminUi.t("identity.programmes.code-invalid"))
                .bind(b -> b.code, (b, v) -> b.code = v);
        binder.forField(name).asRequired(AdminUi.t("identity.programmes.name-required")).bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(funder).bind(b -> b.funder, (b, v) -> b.funder = v);
        binder.forField(description).bind(b -> b.description, (b, v) -> b.description = v);
        binder.forField(startsOn).bind(b -> b.startsOn, (b, v) -> b.startsOn = v);
        Binder.Binding<Bean, LocalDate> end = binder.forField(endsOn)
                .withValidator(e -> e == null || startsOn.getValue() == null || !e.isBefore(startsOn.getValue()),
                        AdminUi.t("identity.programmes.end-before-start"))
                .bind(b -> b.endsOn, (b, v) -> b.endsOn = v);
        startsOn.addValueChangeListener(e -> {
            endsOn.setMin(e.getValue());
            if (endsOn.getValue() != null) {
                end.validate();
            }
        });
        binder.forField(organisations).bind(b -> b.organisations, (b, v) -> b.organisations = v);
        binder.forField(coordinators).bind(b -> b.coordinators, (b, v) -> b.coordinators = v);

        FormLayout layout = getContent();
        layout.add(code, name, funder, startsOn, endsOn, organisations, coordinators, description);
        layout.setColspan(name, 2);
        layout.setColspan(funder, 2);
        layout.setColspan(organisations, 2);
        layout.setColspan(coordinators, 2);
        layout.setColspan(description, 2);
        clear();
    }

    public void clear() {
        organisations.setItems(choosable);
        binder.setBean(new Bean());
    }

    public void edit(ProgrammeSummary p) {
        // an organisation that is inactive now still takes part: keep it choosable so that saving does not drop it
        List<OrganisationRef> items = new ArrayList<>(choosable);
        p.organisations().stream().filter(o -> !choosable.contains(o)).forEach(items::add);
        organisations.setItems(items);
        Bean b = new Bean();
        b.code = p.code();
        b.name = p.name();
        b.funder = p.funder() == null ? "" : p.funder();
        b.description = p.description() == null ? "" : p.description();
        b.startsOn = p.startsOn();
        b.endsOn = p.endsOn();
        b.organisations = new LinkedHashSet<>(p.organisations());
        b.coordinators = new LinkedHashSet<>(p.coordinators());
        binder.setBean(b);
    }

    /** The details, or empty with the problems shown at the fields. */
    public Optional<ProgrammeDetails> validated() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Bean b = binder.getBean();
        return Optional.of(new ProgrammeDetails(b.code.strip(), b.name.strip(), b.description, b.funder, b.startsOn,
                b.endsOn, b.organisations.stream().map(OrganisationRef::id).collect(Collectors.toSet()),
                b.coordinators.stream().map(PersonRef::id).collect(Collectors.toSet())));
    }

    private static final class Bean {
        String code = "";
        String name = "";
        String funder = "";
        String description = "";
        LocalDate startsOn;
        LocalDate endsOn;
        Set<OrganisationRef> organisations = new LinkedHashSet<>();
        Set<PersonRef> coordinators = new LinkedHashSet<>();
    }
}
