package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.i18n.ReferenceNames;
import org.crossfield.marketplace.RequiredCompetency;

/**
 * The required competencies of a posting: a list, and a line to add one (competency, level 1–5, weight above 0,
 * must-have) validated by its own Binder. It never calls a service.
 */
class RequirementsEditor extends Composite<VerticalLayout> {

    private final List<RequiredCompetency> requirements = new ArrayList<>();
    private final Grid<RequiredCompetency> grid = new Grid<>();
    private final Span error = new Span();
    private final Binder<NewRequirement> binder = new Binder<>();
    private final ComboBox<CompetencySummary> competency = new ComboBox<>(getTranslation("marketplace.column.competency"));
    private final IntegerField level = new IntegerField(getTranslation("marketplace.requirements.level-field"));
    private final NumberField weight = new NumberField(getTranslation("marketplace.column.weight"));
    private final Checkbox mustHave = new Checkbox(getTranslation("marketplace.must-have"));
    private final Button add = new Button(getTranslation("marketplace.requirements.add"), VaadinIcon.PLUS.create());

    RequirementsEditor(List<CompetencySummary> competencies) {
        Map<String, CompetencySummary> byCode = competencies.stream()
                .collect(Collectors.toMap(CompetencySummary::code, Function.identity(), (a, b) -> a));
        grid.setId("requirements-grid");
        grid.addColumn(RequiredCompetency::competencyCode).setHeader(getTranslation("marketplace.requirements.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> byCode.containsKey(r.competencyCode())
                        ? ReferenceNames.competency(r.competencyCode(), byCode.get(r.competencyCode()).title(), getLocale()) : "")
                .setHeader(getTranslation("marketplace.column.competency")).setFlexGrow(1);
        grid.addColumn(RequiredCompetency::level).setHeader(getTranslation("marketplace.requirements.level")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RequiredCompetency::weight).setHeader(getTranslation("marketplace.column.weight")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.mustHave() ? getTranslation("marketplace.yes") : "").setHeader(getTranslation("marketplace.must-have")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                requirements.remove(r);
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("marketplace.requirements.remove", r.competencyCode()));
            remove.setId("remove-requirement-" + r.competencyCode());
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);

        competency.setId("requirement-competency");
        competency.setItems(competencies);
        competency.setItemLabelGenerator(c -> c.code() + " · " + ReferenceNames.competency(c.code(), c.title(), getLocale()));
        competency.setWidth("24rem");
        level.setId("requirement-level");
        level.setMin(1);
        level.setMax(5);
        level.setStepButtonsVisible(true);
        level.setValue(3);
        weight.setId("requirement-weight");
        weight.setValue(1.0);
        mustHave.setId("requirement-must-have");
        add.setId("add-requirement");

        binder.forField(competency).asRequired(getTranslation("marketplace.requirements.competency-required"))
                .withValidator(c -> requirements.stream().noneMatch(r -> r.competencyCode().equals(c.code())), getTranslation("marketplace.requirements.already"))
                .bind(NewRequirement::getCompetency, NewRequirement::setCompetency);
        binder.forField(level).asRequired(getTranslation("marketplace.requirements.level-required"))
                .withValidator(l -> l >= 1 && l <= 5, getTranslation("marketplace.requirements.level-range"))
                .bind(NewRequirement::getLevel, NewRequirement::setLevel);
        binder.forField(weight).asRequired(getTranslation("marketplace.requirements.weight-required"))
                .withValidator(w -> w > 0, getTranslation("marketplace.requirements.weight-range"))
                .bind(NewRequirement::getWeight, NewRequirement::setWeight);
        binder.forField(mustHave).bind(NewRequirement::isMustHave, NewRequirement::setMustHave);
        binder.setBean(new NewRequirement());
        add.addClickListener(e -> {
            if (binder.validate().isOk()) {
                NewRequirement n = binder.getBean();
                requirements.add(new RequiredCompetency(n.getCompetency().code(), n.getLevel(), n.getWeight(), n.isMustHave()));
                binder.setBean(new NewRequirement()); // a fresh line, without "required" errors on its empty fields
                refresh();
            }
        });
        error.setId("requirements-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        HorizontalLayout line = new HorizontalLayout(competency, level, weight, mustHave, add);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(new Span(getTranslation("marketplace.required-competencies")), grid, error, line);
    }

    List<RequiredCompetency> getRequirements() {
        return List.copyOf(requirements);
    }

    void setRequirements(List<RequiredCompetency> list) {
        requirements.clear();
        requirements.addAll(list);
        refresh();
    }

    /** At least one requirement; shows the problem otherwise. */
    boolean validate() {
        boolean ok = !requirements.isEmpty();
        error.setText(ok ? "" : getTranslation("marketplace.requirements.at-least-one"));
        return ok;
    }

    void setReadOnly(boolean readOnly) {
        competency.setReadOnly(readOnly);
        level.setReadOnly(readOnly);
        weight.setReadOnly(readOnly);
        mustHave.setReadOnly(readOnly);
        add.setEnabled(!readOnly);
    }

    private void refresh() {
        grid.setItems(requirements);
        if (!requirements.isEmpty()) {
            error.setText("");
        }
    }

    /** The line being added; mutable because Binder writes into it. */
    static final class NewRequirement {
        private CompetencySummary competency;
        private Integer level = 3;
        private Double weight = 1.0;
        private boolean mustHave;

        CompetencySummary getCompetency() {
            return competency;
        }

        void setCompetency(CompetencySummary competency) {
            this.competency = competency;
        }

        Integer getLevel() {
            return level;
        }

        void setLevel(Integer level) {
            this.level = level;
        }

        Double getWeight() {
            return weight;
        }

        void setWeight(Double weight) {
            this.weight = weight;
        }

        boolean isMustHave() {
            return mustHave;
        }

        void setMustHave(boolean mustHave) {
            this.mustHave = mustHave;
        }
    }
}
