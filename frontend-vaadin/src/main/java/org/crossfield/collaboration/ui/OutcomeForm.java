package org.crossfield.collaboration.ui;

import org.crossfield.i18n.Dates;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crossfield.collaboration.CreditRole;
import org.crossfield.collaboration.Currencies;
import org.crossfield.collaboration.Doi;
import org.crossfield.collaboration.OutcomeTypeSummary;
import org.crossfield.collaboration.OutcomeSummary;
import org.crossfield.collaboration.SaveOutcomeCmd;

/**
 * Records or edits an outcome. The fields follow the type: publications (DOI, authors, venue, year, ORCID work type,
 * open access, joint public-private, CRediT roles), further funding (amount, currency, funder; the euro amount is shown
 * as it will be computed), and title, description, date and link for every type. Validates with Binder and hands back
 * a {@link SaveOutcomeCmd}; it never calls a service.
 */
public class OutcomeForm extends Composite<VerticalLayout> {

    private final Binder<Bean> binder = new Binder<>();
    private final ComboBox<OutcomeTypeSummary> type = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final DatePicker occurredOn = Dates.localise(new DatePicker());
    private final TextField url = new TextField();
    private final Checkbox isPublic = new Checkbox();
    private final TextField doi = new TextField("DOI");
    private final TextArea authors = new TextArea();
    private final TextField venue = new TextField();
    private final IntegerField year = new IntegerField();
    private final ComboBox<String> workType = new ComboBox<>();
    private final Checkbox openAccess = new Checkbox();
    private final Checkbox joint = new Checkbox();
    private final MultiSelectComboBox<CreditRole> creditRoles = new MultiSelectComboBox<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final ComboBox<String> currency = new ComboBox<>();
    private final TextField funder = new TextField();
    private final Span inEuro = new Span();
    private final FormLayout publication;
    private final FormLayout funding;
    private final List<OutcomeTypeSummary> types;
    private final Clock clock;

    public OutcomeForm(List<OutcomeTypeSummary> types, Clock clock) {
        this.types = types;
        this.clock = clock;
        type.setLabel(getTranslation("collaboration.outcome.type"));
        title.setLabel(getTranslation("collaboration.outcome.title"));
        description.setLabel(getTranslation("collaboration.outcome.description"));
        occurredOn.setLabel(getTranslation("collaboration.outcome.date"));
        url.setLabel(getTranslation("collaboration.outcome.url"));
        isPublic.setLabel(getTranslation("collaboration.outcome.public"));
        authors.setLabel(getTranslation("collaboration.outcome.authors"));
        venue.setLabel(getTranslation("collaboration.outcome.venue"));
        year.setLabel(getTranslation("collaboration.outcome.year"));
        workType.setLabel(getTranslation("collaboration.outcome.work-type"));
        openAccess.setLabel(getTranslation("collaboration.outcome.open-access"));
        joint.setLabel(getTranslation("collaboration.outcome.joint"));
        creditRoles.setLabel(getTranslation("collaboration.outcome.credit-roles"));
        amount.setLabel(getTranslation("collaboration.outcome.amount"));
        currency.setLabel(getTranslation("collaboration.outcome.currency"));
        funder.setLabel(getTranslation("collaboration.outcome.funder"));
        type.setId("outcome-type");
        type.setItems(types);
        type.setItemLabelGenerator(CollaborationTexts::outcomeType);
        title.setId("outcome-title");
        title.setMaxLength(300);
        description.setId("outcome-description");
        description.setMaxLength(5000);
        occurredOn.setId("outcome-date");
        url.setId("outcome-url");
        url.setMaxLength(500);
        isPublic.setId("outcome-public");
        isPublic.setHelperText(getTranslation("collaboration.outcome.public-help"));
        doi.setId("outcome-doi");
        doi.setPlaceholder("10.1234/abc.567");
        authors.setId("outcome-authors");
        authors.setPlaceholder("Smith, Jane; Doe, John");
        venue.setId("outcome-venue");
        year.setId("outcome-year");
        year.setMin(org.crossfield.collaboration.PublicationImport.EARLIEST_YEAR);
        year.setMax(LocalDate.now(clock).getYear() + 1);
        workType.setId("outcome-work-type");
        workType.setClearButtonVisible(true);
        openAccess.setId("outcome-open-access");
        joint.setId("outcome-joint");
        creditRoles.setId("outcome-credit-roles");
        creditRoles.setItems(CreditRole.values());
        creditRoles.setItemLabelGenerator(CollaborationTexts::creditRole);
        amount.setId("outcome-amount");
        currency.setId("outcome-currency");
        currency.setItems(Currencies.codes());
        funder.setId("outcome-funder");
        inEuro.setId("outcome-amount-eur");
        inEuro.addClassName("cf-muted");

        binder.forField(type).asRequired(getTranslation("collaboration.outcome.type-required")).bind(b -> b.type, (b, v) -> b.type = v);
        binder.forField(title).asRequired(getTranslation("collaboration.outcome.title-required")).bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(description).bind(b -> b.description, (b, v) -> b.description = v);
        binder.forField(occurredOn).asRequired(getTranslation("collaboration.outcome.date-required")).bind(b -> b.occurredOn, (b, v) -> b.occurredOn = v);
        binder.forField(url).withValidator(u -> u == null || u.isBlank() || u.matches("(?i)https?://\\S+"),
                getTranslation("collaboration.outcome.url-invalid")).bind(b -> b.url, (b, v) -> b.url = v);
        binder.forField(isPublic).bind(b -> b.isPublic, (b, v) -> b.isPublic = v);
        binder.forField(doi).withValidator(Doi::isValid, getTranslation("collaboration.outcome.doi-invalid"))
                .bind(b -> b.doi, (b, v) -> b.doi = v);
        binder.forField(authors).bind(b -> b.authors, (b, v) -> b.authors = v);
        binder.forField(venue).bind(b -> b.venue, (b, v) -> b.venue = v);
        binder.forField(year).bind(b -> b.year, (b, v) -> b.year = v);
        binder.forField(workType).bind(b -> b.workType, (b, v) -> b.workType = v);
        binder.forField(openAccess).bind(b -> b.openAccess, (b, v) -> b.openAccess = v);
        binder.forField(joint).bind(b -> b.joint, (b, v) -> b.joint = v);
        binder.forField(creditRoles).bind(b -> b.creditRoles, (b, v) -> b.creditRoles = v);
        binder.forField(amount)
                .withValidator(a -> !isFunding() || a != null, getTranslation("collaboration.outcome.amount-required"))
                .withValidator(a -> a == null || a.signum() > 0, getTranslation("collaboration.outcome.amount-positive"))
                .bind(b -> b.amount, (b, v) -> b.amount = v);
        binder.forField(currency).withValidator(c -> !isFunding() || c != null, getTranslation("collaboration.outcome.currency-required"))
                .bind(b -> b.currency, (b, v) -> b.currency = v);
        binder.forField(funder).withValidator(f -> !isFunding() || f != null && !f.isBlank(), getTranslation("collaboration.outcome.funder-required"))
                .bind(b -> b.funder, (b, v) -> b.funder = v);

        publication = new FormLayout(doi, year, venue, workType, authors, creditRoles, openAccess, joint);
        publication.setColspan(authors, 2);
        publication.setColspan(creditRoles, 2);
        funding = new FormLayout(amount, currency, funder, inEuro);
        FormLayout common = new FormLayout(type, occurredOn, title, url, description, isPublic);
        common.setColspan(title, 2);
        common.setColspan(description, 2);
        type.addValueChangeListener(e -> followType());
        amount.addValueChangeListener(e -> showEuro());
        currency.addValueChangeListener(e -> showEuro());
        getContent().setPadding(false);
        getContent().add(common, publication, funding);
        clear(null);
    }

    /** An empty outcome, of {@code typeCode} when given. */
    public void clear(String typeCode) {
        Bean b = new Bean();
        b.type = types.stream().filter(t -> t.code().equals(typeCode)).findFirst().orElse(null);
        b.occurredOn = LocalDate.now(clock);
        b.currency = "EUR";
        binder.setBean(b);
        followType();
    }

    /** Shows a saved outcome for editing. */
    public void show(OutcomeSummary o) {
        Bean b = new Bean();
        b.type = types.stream().filter(t -> t.code().equals(o.typeCode())).findFirst().orElse(null);
        b.title = o.title();
        b.description = nullToEmpty(o.description());
        b.occurredOn = o.occurredOn();
        b.url = nullToEmpty(o.url());
        b.isPublic = o.isPublic();
        b.doi = nullToEmpty(o.doi());
        b.authors = nullToEmpty(o.authors());
        b.venue = nullToEmpty(o.venue());
        b.year = o.publicationYear();
        b.workType = o.orcidWorkType();
        b.openAccess = o.openAccess();
        b.joint = o.jointPublicPrivate();
        b.creditRoles = o.creditRoles().isEmpty() ? Set.of() : EnumSet.copyOf(o.creditRoles());
        b.amount = o.amount();
        b.currency = o.currency() == null ? "EUR" : o.currency();
        b.funder = nullToEmpty(o.funder());
        binder.setBean(b);
        followType();
    }

    /** The outcome for the service, or empty (with the problems shown at the fields). */
    public Optional<SaveOutcomeCmd> validated(long collaborationId) {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Bean b = binder.getBean();
        return Optional.of(new SaveOutcomeCmd(collaborationId, b.type.code(), b.title, b.description, b.occurredOn, b.doi,
                b.authors, b.venue, b.year, b.workType, b.openAccess, b.joint, b.creditRoles, b.amount, b.currency, b.funder,
                b.url, b.isPublic));
    }

    private boolean isFunding() {
        return type.getValue() != null && type.getValue().isFunding();
    }

    private void followType() {
        OutcomeTypeSummary t = type.getValue();
        publication.setVisible(t != null && t.isPublication());
        funding.setVisible(t != null && t.isFunding());
        List<String> workTypes = t == null ? List.of() : t.orcidWorkTypes();
        String chosen = workType.getValue();
        workType.setItems(workTypes);
        workType.setValue(chosen != null && workTypes.contains(chosen) ? chosen : null);
        // the examples describe the type, so they sit under the type (not under the description)
        type.setHelperText(t == null || t.examples() == null ? null
                : getTranslation("collaboration.outcome.examples", CollaborationTexts.outcomeTypeExamples(t)));
        workType.setHelperText(workTypes.isEmpty() ? null : getTranslation("collaboration.outcome.work-type-help", workTypes.size()));
        showEuro();
    }

    private void showEuro() {
        BigDecimal a = amount.getValue();
        String c = currency.getValue();
        if (a == null || a.signum() <= 0 || c == null || "EUR".equals(c)) {
            inEuro.setText("");
            return;
        }
        inEuro.setText(getTranslation("collaboration.outcome.in-euro", Currencies.toEur(a, c).toPlainString(),
                Currencies.ratesPerEuro().get(c).toPlainString(), c));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static final class Bean {
        OutcomeTypeSummary type;
        String title = "";
        String description = "";
        LocalDate occurredOn;
        String url = "";
        boolean isPublic;
        String doi = "";
        String authors = "";
        String venue = "";
        Integer year;
        String workType;
        boolean openAccess;
        boolean joint;
        Set<CreditRole> creditRoles = Set.of();
        BigDecimal amount;
        String currency;
        String funder = "";
    }
}
