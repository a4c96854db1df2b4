package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.marketplace.IpRegimeSummary;
import org.crossfield.marketplace.PostingSummary;
import org.crossfield.marketplace.ProjectDraft;

/**
 * Edits a PhD project: programme, title, research question, one or two mentor slots, IP regime, required
 * competencies, linked open challenges and governance; validates with Binder and hands back a {@link ProjectDraft}.
 * The institution is the supervisor's own organisation. It never calls a service: the view gives it a callback that
 * finds open challenges.
 */
public class ProjectForm extends Composite<VerticalLayout> {

    private final PostingFormParts<Bean> parts;
    private final TextArea question = new TextArea(getTranslation("marketplace.project.research-question"));
    private final IntegerField slots = new IntegerField(getTranslation("marketplace.form.mentor-slots"));
    private final MultiSelectComboBox<PostingSummary> challenges = new MultiSelectComboBox<>(getTranslation("marketplace.form.linked-challenges"));

    public ProjectForm(List<ProgrammeBrief> programmes, List<IpRegimeSummary> regimes, List<CompetencySummary> competencies,
                       CallbackDataProvider.FetchCallback<PostingSummary, String> openChallenges) {
        parts = new PostingFormParts<>(this, "project", "marketplace.form.project-title-required", programmes, regimes,
                competencies);
        question.setId("project-question");
        question.setMaxLength(2000);
        slots.setId("project-slots");
        slots.setMin(1);
        slots.setMax(2);
        slots.setStepButtonsVisible(true);
        challenges.setId("project-challenges");
        challenges.setItems(openChallenges);
        challenges.setItemLabelGenerator(c -> c.title() + " (" + c.organisationName() + ")");

        // the programme, title and IP regime are bound by the shared parts, to the same binder
        Binder<Bean> binder = parts.binder;
        binder.forField(question).asRequired(getTranslation("marketplace.form.question-required")).bind(b -> b.question, (b, v) -> b.question = v);
        binder.forField(slots).asRequired(getTranslation("marketplace.form.slots-required"))
                .withValidator(n -> n == 1 || n == 2, getTranslation("marketplace.form.slots-range"))
                .bind(b -> b.slots, (b, v) -> b.slots = v);
        binder.forField(challenges).bind(b -> b.challenges, (b, v) -> b.challenges = v);
        clear();

        FormLayout main = new FormLayout(parts.programme, parts.title, question, slots, parts.ipRegime, challenges);
        main.setColspan(question, 2);
        main.setColspan(challenges, 2);
        parts.layOut(getContent(), main);
    }

    public void clear() {
        parts.clear(new Bean());
    }

    public void show(ProjectDraft d, List<PostingSummary> linked, boolean editable) {
        Bean b = new Bean();
        b.question = d.researchQuestion();
        b.slots = d.mentorSlots();
        b.challenges = new LinkedHashSet<>(linked);
        parts.show(b, d.programmeId(), d.title(), d.ipRegimeCode(), d.requirements(), d.governance(), editable);
    }

    public Optional<ProjectDraft> validatedDraft() {
        if (!parts.validate()) {
            return Optional.empty();
        }
        Bean b = parts.bean();
        return Optional.of(new ProjectDraft(b.programme.id(), b.title, b.question, b.slots,
                parts.ipRegimeCode(), parts.requirements(),
                b.challenges.stream().map(PostingSummary::id).collect(Collectors.toSet()), parts.governance()));
    }

    private static final class Bean extends PostingFormParts.Bean {
        String question = "";
        Integer slots = 1;
        Set<PostingSummary> challenges = new LinkedHashSet<>();
    }
}
