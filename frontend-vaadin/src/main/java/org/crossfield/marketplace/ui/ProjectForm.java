package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.marketplace.GovernanceTerms;
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

    private final Binder<Bean> binder = new Binder<>();
    private final ComboBox<ProgrammeBrief> programme = new ComboBox<>(getTranslation("marketplace.form.programme"));
    private final TextField title = new TextField(getTranslation("marketplace.form.title"));
    private final TextArea question = new TextArea(getTranslation("marketplace.project.research-question"));
    private final IntegerField slots = new IntegerField(getTranslation("marketplace.form.mentor-slots"));
    private final ComboBox<IpRegimeSummary> ipRegime = new ComboBox<>(getTranslation("marketplace.preferred-ip-regime"));
    private final MultiSelectComboBox<PostingSummary> challenges = new MultiSelectComboBox<>(getTranslation("marketplace.form.linked-challenges"));
    private final RequirementsEditor requirements;
    private final GovernanceFields governance = new GovernanceFields("project");
    private final List<ProgrammeBrief> programmes;
    private final List<IpRegimeSummary> regimes;

    public ProjectForm(List<ProgrammeBrief> programmes, List<IpRegimeSummary> regimes, List<CompetencySummary> competencies,
                       CallbackDataProvider.FetchCallback<PostingSummary, String> openChallenges) {
        this.programmes = programmes;
        this.regimes = regimes;
        requirements = new RequirementsEditor(competencies);
        programme.setId("project-programme");
        programme.setItems(programmes);
        programme.setItemLabelGenerator(ProgrammeBrief::name);
        title.setId("project-title");
        title.setMaxLength(200);
        question.setId("project-question");
        question.setMaxLength(2000);
        slots.setId("project-slots");
        slots.setMin(1);
        slots.setMax(2);
        slots.setStepButtonsVisible(true);
        ipRegime.setId("project-ip-regime");
        ipRegime.setItems(regimes);
        ipRegime.setItemLabelGenerator(r -> Labels.ipRegime(r.code(), r.title()));
        ipRegime.setClearButtonVisible(true);
        challenges.setId("project-challenges");
        challenges.setItems(openChallenges);
        challenges.setItemLabelGenerator(c -> c.title() + " (" + c.organisationName() + ")");

        binder.forField(programme).asRequired(getTranslation("marketplace.form.programme-required")).bind(b -> b.programme, (b, v) -> b.programme = v);
        binder.forField(title).asRequired(getTranslation("marketplace.form.project-title-required")).bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(question).asRequired(getTranslation("marketplace.form.question-required")).bind(b -> b.question, (b, v) -> b.question = v);
        binder.forField(slots).asRequired(getTranslation("marketplace.form.slots-required"))
                .withValidator(n -> n == 1 || n == 2, getTranslation("marketplace.form.slots-range"))
                .bind(b -> b.slots, (b, v) -> b.slots = v);
        binder.forField(ipRegime).bind(b -> b.ipRegime, (b, v) -> b.ipRegime = v);
        binder.forField(challenges).bind(b -> b.challenges, (b, v) -> b.challenges = v);
        clear();

        FormLayout main = new FormLayout(programme, title, question, slots, ipRegime, challenges);
        main.setColspan(question, 2);
        main.setColspan(challenges, 2);
        Details governanceDetails = new Details(getTranslation("marketplace.governance.heading"), governance);
        governanceDetails.setOpened(true);
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(main, requirements, governanceDetails);
    }

    public void clear() {
        Bean b = new Bean();
        b.programme = programmes.isEmpty() ? null : programmes.getFirst();
        binder.setBean(b);
        requirements.setRequirements(List.of());
        governance.setValue(GovernanceTerms.sandbox());
        setReadOnly(false);
    }

    public void show(ProjectDraft d, List<PostingSummary> linked, boolean editable) {
        Bean b = new Bean();
        b.programme = programmes.stream().filter(p -> p.id() == d.programmeId()).findFirst().orElse(null);
        b.title = d.title();
        b.question = d.researchQuestion();
        b.slots = d.mentorSlots();
        b.ipRegime = regimes.stream().filter(r -> r.code().equals(d.ipRegimeCode())).findFirst().orElse(null);
        b.challenges = new LinkedHashSet<>(linked);
        binder.setBean(b);
        requirements.setRequirements(d.requirements());
        governance.setValue(d.governance());
        setReadOnly(!editable);
    }

    public Optional<ProjectDraft> validatedDraft() {
        boolean ok = binder.validate().isOk();
        ok &= requirements.validate();
        ok &= governance.validate();
        if (!ok) {
            return Optional.empty();
        }
        Bean b = binder.getBean();
        return Optional.of(new ProjectDraft(b.programme.id(), b.title, b.question, b.slots,
                b.ipRegime == null ? null : b.ipRegime.code(), requirements.getRequirements(),
                b.challenges.stream().map(PostingSummary::id).collect(Collectors.toSet()), governance.getValue()));
    }

    private void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        requirements.setReadOnly(readOnly);
        governance.setReadOnly(readOnly);
    }

    private static final class Bean {
        ProgrammeBrief programme;
        String title = "";
        String question = "";
        Integer slots = 1;
        IpRegimeSummary ipRegime;
        Set<PostingSummary> challenges = new LinkedHashSet<>();
    }
}
