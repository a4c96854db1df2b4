package org.crossfield.reporting.ui;

import org.crossfield.i18n.Dates;
import org.crossfield.i18n.ReferenceNames;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crossfield.reporting.KpiDefinitionSummary;

/**
 * A KPI, a period (a whole year or a date range) and a figure: the target form and the measured-figure form (which also
 * takes a note). Validates with Binder and hands back the values; it never calls a service.
 */
class FigureForm extends Composite<HorizontalLayout> {

    /** The two kinds of period (values of the choice; their labels are translated). */
    static final String YEAR = "year";
    static final String RANGE = "range";

    /** What the form hands back. */
    record Values(KpiDefinitionSummary kpi, LocalDate from, LocalDate to, BigDecimal value, String note) {
    }

    private static final class Bean {
        KpiDefinitionSummary kpi;
        Integer year;
        LocalDate from;
        LocalDate to;
        BigDecimal value;
        String note;
    }

    private final Binder<Bean> binder = new Binder<>();
    private final ComboBox<KpiDefinitionSummary> kpi = new ComboBox<>();
    private final RadioButtonGroup<String> periodKind = new RadioButtonGroup<>();
    private final IntegerField year = new IntegerField();
    private final DatePicker from = Dates.localise(new DatePicker());
    private final DatePicker to = Dates.localise(new DatePicker());
    private final BigDecimalField value;
    private final TextField note = new TextField();
    private final boolean withNote;

    FigureForm(String idPrefix, List<KpiDefinitionSummary> kpis, String valueLabel, boolean withNote, Clock clock) {
        this.withNote = withNote;
        value = new BigDecimalField(valueLabel);
        kpi.setLabel(getTranslation("reporting.kpi.kpi"));
        periodKind.setLabel(getTranslation("reporting.targets.period"));
        periodKind.setItemLabelGenerator(kind -> getTranslation(YEAR.equals(kind) ? "reporting.form.whole-year" : "reporting.form.date-range"));
        year.setLabel(getTranslation("reporting.form.year"));
        from.setLabel(getTranslation("reporting.reports.from"));
        to.setLabel(getTranslation("reporting.reports.to"));
        note.setLabel(getTranslation("reporting.form.note"));
        kpi.setId(idPrefix + "-kpi");
        kpi.setItems(kpis);
        kpi.setItemLabelGenerator(k -> ReferenceNames.kpi(k.code(), k.title(), getLocale()));
        kpi.setWidth("20rem");
        periodKind.setId(idPrefix + "-period-kind");
        periodKind.setItems(YEAR, RANGE);
        periodKind.setValue(YEAR);
        year.setId(idPrefix + "-year");
        year.setValue(LocalDate.now(clock).getYear());
        year.setStepButtonsVisible(true);
        year.setWidth("8rem");
        from.setId(idPrefix + "-from");
        to.setId(idPrefix + "-to");
        from.setVisible(false);
        to.setVisible(false);
        periodKind.addValueChangeListener(e -> {
            boolean range = RANGE.equals(e.getValue());
            year.setVisible(!range);
            from.setVisible(range);
            to.setVisible(range);
        });
        value.setId(idPrefix + "-value");
        value.setWidth("10rem");
        note.setId(idPrefix + "-note");
        note.setMaxLength(500);
        note.setVisible(withNote);

        binder.forField(kpi).asRequired(getTranslation("reporting.form.choose-kpi")).bind(b -> b.kpi, (b, v) -> b.kpi = v);
        binder.forField(year).withValidator(y -> RANGE.equals(periodKind.getValue()) || y != null && y >= 2000 && y <= 2100,
                getTranslation("reporting.form.year-range")).bind(b -> b.year, (b, v) -> b.year = v);
        binder.forField(from).withValidator(d -> YEAR.equals(periodKind.getValue()) || d != null, getTranslation("reporting.form.first-day"))
                .bind(b -> b.from, (b, v) -> b.from = v);
        binder.forField(to).withValidator(d -> YEAR.equals(periodKind.getValue()) || d != null && (from.getValue() == null
                || !d.isBefore(from.getValue())), getTranslation("reporting.form.last-day")).bind(b -> b.to, (b, v) -> b.to = v);
        binder.forField(value).asRequired(getTranslation("reporting.form.enter-number"))
                .withValidator(v -> v.signum() >= 0, getTranslation("reporting.form.zero-or-more"))
                .bind(b -> b.value, (b, v) -> b.value = v);
        binder.forField(note).bind(b -> b.note, (b, v) -> b.note = v);
        binder.setBean(new Bean());

        HorizontalLayout layout = getContent();
        layout.setWrap(true);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.add(kpi, periodKind, year, from, to, value, note);
    }

    Optional<Values> validated() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Bean b = binder.getBean();
        boolean range = RANGE.equals(periodKind.getValue());
        LocalDate first = range ? b.from : LocalDate.of(b.year, 1, 1);
        LocalDate last = range ? b.to : LocalDate.of(b.year, 12, 31);
        return Optional.of(new Values(b.kpi, first, last, b.value, withNote ? b.note : null));
    }

    void clearFigure() {
        value.clear();
        note.clear();
        value.setInvalid(false);
    }
}
