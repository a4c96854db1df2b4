package org.crossfield.competency.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.crossfield.competency.Assessment;
import org.crossfield.competency.CompetencyProfile;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.competency.FrameworkDetails;
import org.crossfield.competency.LevelDescriptor;
import org.crossfield.competency.ProfileChange;
import org.crossfield.competency.ProfileLevel;
import org.crossfield.competency.ProfileService;
import org.crossfield.i18n.ReferenceNames;

/**
 * Edits one competency profile: the framework grouped by area, a level (1–5 or not rated) and evidence per
 * competency. It validates with a Binder per row and hands back the changes; it never calls a service.
 */
public class ProfileForm extends Composite<VerticalLayout> implements com.vaadin.flow.component.HasSize {

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, LevelDescriptor> levels = new LinkedHashMap<>();

    public ProfileForm(FrameworkDetails framework) {
        framework.levels().forEach(l -> levels.put(String.valueOf(l.level()), l));
        VerticalLayout content = getContent();
        content.setPadding(false);
        framework.byArea().forEach((area, competencies) -> {
            VerticalLayout areaRows = new VerticalLayout();
            areaRows.setPadding(false);
            areaRows.setSpacing(false);
            for (CompetencySummary competency : competencies) {
                Row row = new Row(competency);
                rows.put(competency.code(), row);
                areaRows.add(row.layout);
            }
            Details details = new Details(ReferenceNames.competencyGroup(area, getLocale()) + " (" + competencies.size() + ")", areaRows);
            details.setOpened(true);
            details.setWidthFull();
            content.add(details);
        });
    }

    /** Shows {@code profile}; what was typed before is discarded. */
    public void setProfile(CompetencyProfile profile) {
        Map<String, ProfileLevel> byCode = profile.byCode();
        rows.forEach((code, row) -> row.show(byCode.get(code)));
    }

    /** The changed rows as profile changes, or empty (with the problems shown at the fields) if any row is invalid. */
    public Optional<List<ProfileChange>> validatedChanges() {
        boolean valid = true;
        for (Row row : rows.values()) {
            valid &= row.binder.validate().isOk();
        }
        if (!valid) {
            return Optional.empty();
        }
        List<ProfileChange> changes = new ArrayList<>();
        rows.values().forEach(row -> row.change().ifPresent(changes::add));
        return Optional.of(changes);
    }

    public boolean hasChanges() {
        return rows.values().stream().anyMatch(row -> row.change().isPresent());
    }

    /** What a row edits; mutable because Binder writes into it. */
    static final class LevelAndEvidence {
        private Integer level;
        private String evidence;

        Integer getLevel() {
            return level;
        }

        void setLevel(Integer level) {
            this.level = level;
        }

        String getEvidence() {
            return evidence;
        }

        void setEvidence(String evidence) {
            this.evidence = evidence;
        }
    }

    private final class Row {
        private final String code;
        private final Select<Integer> level = new Select<>();
        private final TextField evidence = new TextField();
        private final Span assessment = new Span();
        private final Binder<LevelAndEvidence> binder = new Binder<>();
        private final HorizontalLayout layout;
        private LevelAndEvidence original = new LevelAndEvidence();
        private final LevelAndEvidence edited = new LevelAndEvidence();

        Row(CompetencySummary competency) {
            this.code = competency.code();
            Span codeLabel = new Span(competency.code());
            codeLabel.getStyle().set("font-weight", "600").set("margin-right", "0.5em");
            Div label = new Div(codeLabel, new Span(ReferenceNames.competency(competency.code(), competency.title(), getLocale())));
            label.setWidth("40%");
            label.getStyle().set("min-width", "16rem");

            level.setId("level-" + code);
            level.setItems(IntStream.rangeClosed(ProfileService.MIN_LEVEL, ProfileService.MAX_LEVEL).boxed().toList());
            level.setEmptySelectionAllowed(true);
            level.setEmptySelectionCaption(getTranslation("competency.profile.not-rated"));
            level.setItemLabelGenerator(l -> l == null ? getTranslation("competency.profile.not-rated")
                    : l + " · " + Levels.name(levels.get(String.valueOf(l))));
            level.setPlaceholder(getTranslation("competency.profile.not-rated"));
            level.setWidth("14rem");
            level.setAriaLabel(getTranslation("competency.profile.level-for", code));

            evidence.setId("evidence-" + code);
            evidence.setPlaceholder(getTranslation("competency.profile.evidence-placeholder"));
            evidence.setMaxLength(ProfileService.MAX_EVIDENCE_LENGTH);
            evidence.setClearButtonVisible(true);
            evidence.setAriaLabel(getTranslation("competency.profile.evidence-for", code));

            assessment.addClassName("cf-badge");
            assessment.setId("assessment-" + code);

            binder.forField(level).bind(LevelAndEvidence::getLevel, LevelAndEvidence::setLevel);
            binder.forField(evidence)
                    .withValidator(text -> text == null || text.strip().length() <= ProfileService.MAX_EVIDENCE_LENGTH,
                            getTranslation("competency.profile.evidence-too-long", ProfileService.MAX_EVIDENCE_LENGTH))
                    .withValidator(text -> text == null || text.isBlank() || level.getValue() != null,
                            getTranslation("competency.profile.evidence-needs-level"))
                    .bind(LevelAndEvidence::getEvidence, LevelAndEvidence::setEvidence);
            binder.setBean(edited);
            level.addValueChangeListener(e -> binder.validate());

            layout = new HorizontalLayout(label, level, evidence, assessment);
            layout.setWidthFull();
            layout.setAlignItems(FlexComponent.Alignment.CENTER);
            layout.setFlexGrow(1, evidence);
            layout.addClassName("cf-row");
        }

        void show(ProfileLevel entry) {
            original = new LevelAndEvidence();
            if (entry != null) {
                original.setLevel(entry.level());
                original.setEvidence(entry.evidence());
            }
            edited.setLevel(original.getLevel());
            edited.setEvidence(original.getEvidence());
            binder.refreshFields();
            boolean verified = entry != null && entry.assessment() == Assessment.VERIFIED;
            assessment.setText(entry == null ? "" : Levels.assessment(entry.assessment()));
            assessment.setVisible(entry != null);
            assessment.setClassName("verified", verified);
        }

        Optional<ProfileChange> change() {
            String newEvidence = blankToNull(edited.getEvidence());
            if (Objects.equals(edited.getLevel(), original.getLevel())
                    && Objects.equals(newEvidence, blankToNull(original.getEvidence()))) {
                return Optional.empty();
            }
            return Optional.of(new ProfileChange(code, edited.getLevel(), edited.getLevel() == null ? null : newEvidence));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
