package org.crossfield.identity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crossfield.identity.OrganisationDetails;
import org.crossfield.identity.OrganisationSummary;
import org.crossfield.identity.OrganisationType;

/**
 * An organisation's name, type, country, e-mail domains and whether it is active. Validates with Binder and hands back
 * {@link OrganisationDetails}; the view saves them. It never calls a service.
 */
public class OrganisationForm extends Composite<FormLayout> {

    /** The shape of one domain, as the service checks it (the service has the last word, e.g. on domains taken). */
    private static final Pattern DOMAIN = Pattern.compile("^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    private final Binder<Bean> binder = new Binder<>();
    private final TextField name = new TextField(AdminUi.t("identity.organisations.name"));
    private final Select<OrganisationType> type = new Select<>();
    private final ComboBox<String> country = new ComboBox<>(AdminUi.t("identity.organisations.country"));
    private final TextField domains = new TextField(AdminUi.t("identity.organisations.domains"));
    private final Checkbox active = new Checkbox(AdminUi.t("identity.organisations.active"));

    public OrganisationForm() {
        name.setId("organisation-name");
        name.setMaxLength(200);
        type.setId("organisation-type");
        type.setLabel(AdminUi.t("identity.organisations.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(AdminUi::type);
        country.setId("organisation-country");
        country.setItems(AdminUi.countries());
        country.setItemLabelGenerator(AdminUi::country);
        domains.setId("organisation-domains");
        domains.setPlaceholder("uni-example.eu, med.uni-example.eu");
        domains.setHelperText(AdminUi.t("identity.organisations.domains-help"));
        domains.setMaxLength(2000);
        active.setId("organisation-active");

        binder.forField(name).asRequired(AdminUi.t("identity.organisations.name-required"))
                .withValidator(n -> n.strip().length() <= 200, AdminUi.t("identity.at-most-characters", 200))
                .bind(b -> b.name, (b, v) -> b.name = v);
        // not asRequired: Vaadin's Select puts aria-required on its inner button, where ARIA does not allow it (axe, critical)
        binder.forField(type).withValidator(java.util.Objects::nonNull, AdminUi.t("identity.organisations.type-required")).bind(b -> b.type, (b, v) -> b.type = v);
        binder.forField(country).asRequired(AdminUi.t("identity.organisations.country-required")).bind(b -> b.country, (b, v) -> b.country = v);
        binder.forField(domains)
                .withValidator((s, context) -> firstBadDomain(s)
                        .map(d -> ValidationResult.error(AdminUi.t("identity.organisations.domain-invalid", d)))
                        .orElse(ValidationResult.ok()))
                .bind(b -> b.domains, (b, v) -> b.domains = v);
        binder.forField(active).bind(b -> b.active, (b, v) -> b.active = v);

        FormLayout layout = getContent();
        layout.add(name, type, country, domains, active);
        layout.setColspan(name, 2);
        layout.setColspan(domains, 2);
        layout.setColspan(active, 2);
        clear();
    }

    /** An empty form for a new organisation (active by default). */
    public void clear() {
        Bean b = new Bean();
        b.active = true;
        binder.setBean(b);
    }

    public void edit(OrganisationSummary o) {
        Bean b = new Bean();
        b.name = o.name();
        b.type = o.type();
        b.country = o.country();
        b.domains = String.join(", ", o.domains());
        b.active = o.active();
        binder.setBean(b);
    }

    /** The details, or empty with the problems shown at the fields. */
    public Optional<OrganisationDetails> validated() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Bean b = binder.getBean();
        return Optional.of(new OrganisationDetails(b.name.strip(), b.type, b.country, domains(b.domains), b.active));
    }

    static Set<String> domains(String typed) {
        if (typed == null || typed.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(typed.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Optional<String> firstBadDomain(String typed) {
        return domains(typed).stream()
                .map(d -> d.startsWith("@") ? d.substring(1) : d)
                .filter(d -> !DOMAIN.matcher(d.toLowerCase(java.util.Locale.ROOT)).matches())
                .findFirst();
    }

    private static final class Bean {
        String name = "";
        OrganisationType type;
        String country;
        String domains = "";
        boolean active;
    }
}
