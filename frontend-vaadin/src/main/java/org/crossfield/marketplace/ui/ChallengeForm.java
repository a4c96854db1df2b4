package org.crossfield.marketplace.ui;

import org.crossfield.i18n.Dates;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossfield.competency.CompetencySummary;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.marketplace.ChallengeDraft;
import org.crossfield.marketplace.IpRegimeSummary;
import org.crossfield.marketplace.Visibility;

/**
 * Edits a challenge: validates with Binder (required fields, deadline not in the past, requirements with level 1–5 and
 * weight above 0) and hands back a {@link ChallengeDraft}. Invitees are typed as e-mail addresses; the view resolves
 * them to people. It never calls a service.
 */
public class ChallengeForm extends Composite<VerticalLayout> {

    private final PostingFormParts<Bean> parts;
    private final TextField summary = new TextField(getTranslation("marketplace.preview.summary"));
    private final TextArea description = new TextArea(getTranslation("marketplace.preview.description"));
    private final TextArea deliverables = new TextArea(getTranslation("marketplace.challenge.deliverables"));
    private final TextField timeline = new TextField(getTranslation("marketplace.challenge.timeline"));
    private final DatePicker deadline = Dates.localise(new DatePicker(getTranslation("marketplace.column.deadline")));
    private final TextField compensation = new TextField(getTranslation("marketplace.challenge.compensation"));
    private final Select<Visibility> visibility = new Select<>();
    private final TextField invitees = new TextField(getTranslation("marketplace.form.invitees"));

    public ChallengeForm(List<ProgrammeBrief> programmes, List<IpRegimeSummary> regimes, List<CompetencySummary> competencies,
                         Clock clock) {
        parts = new PostingFormParts<>(this, "challenge", "marketplace.form.challenge-title-required", programmes, regimes,
                competencies);
        summary.setId("challenge-summary");
        summary.setMaxLength(500);
        description.setId("challenge-description");
        description.setMaxLength(4000);
        deliverables.setId("challenge-deliverables");
        deliverables.setMaxLength(2000);
        timeline.setId("challenge-timeline");
        timeline.setMaxLength(1000);
        deadline.setId("challenge-deadline");
        deadline.setMin(LocalDate.now(clock));
        compensation.setId("challenge-compensation");
        compensation.setMaxLength(500);
        visibility.setId("challenge-visibility");
        visibility.setLabel(getTranslation("marketplace.form.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(Labels::of);
        invitees.setId("challenge-invitees");
        invitees.setVisible(false);
        visibility.addValueChangeListener(e -> invitees.setVisible(e.getValue() == Visibility.INVITE_ONLY));

        // the programme, title and IP regime are bound by the shared parts, to the same binder
        Binder<Bean> binder = parts.binder;
        binder.forField(summary).asRequired(getTranslation("marketplace.form.summary-required")).bind(b -> b.summary, (b, v) -> b.summary = v);
        binder.forField(description).asRequired(getTranslation("marketplace.form.description-required")).bind(b -> b.description, (b, v) -> b.description = v);
        binder.forField(deliverables).bind(b -> b.deliverables, (b, v) -> b.deliverables = v);
        binder.forField(timeline).bind(b -> b.timeline, (b, v) -> b.timeline = v);
        binder.forField(deadline).asRequired(getTranslation("marketplace.form.deadline-required"))
                .withValidator(d -> !d.isBefore(LocalDate.now(clock)), getTranslation("marketplace.form.deadline-past"))
                .bind(b -> b.deadline, (b, v) -> b.deadline = v);
        binder.forField(compensation).bind(b -> b.compensation, (b, v) -> b.compensation = v);
        // not asRequired: Vaadin's Select puts aria-required on its inner button, where ARIA does not allow it (axe, critical)
        binder.forField(visibility).withValidator(java.util.Objects::nonNull, getTranslation("marketplace.form.visibility-required")).bind(b -> b.visibility, (b, v) -> b.visibility = v);
        binder.forField(invitees)
                .withValidator(s -> visibility.getValue() != Visibility.INVITE_ONLY || !emails(s).isEmpty(),
                        getTranslation("marketplace.form.invitees-required"))
                .bind(b -> b.invitees, (b, v) -> b.invitees = v);
        clear();

        FormLayout main = new FormLayout(parts.programme, parts.title, summary, deadline, description, deliverables, timeline,
                compensation, parts.ipRegime, visibility, invitees);
        main.setColspan(description, 2);
        main.setColspan(deliverables, 2);
        parts.layOut(getContent(), main);
    }

    /** An empty new draft. */
    public void clear() {
        Bean b = new Bean();
        b.visibility = Visibility.PUBLIC;
        parts.clear(b);
    }

    /** Shows a saved challenge; {@code inviteeEmails} are the invitees' addresses. */
    public void show(ChallengeDraft d, List<String> inviteeEmails, boolean editable) {
        Bean b = new Bean();
        b.summary = d.summary();
        b.description = d.description();
        b.deliverables = nullToEmpty(d.deliverables());
        b.timeline = nullToEmpty(d.timeline());
        b.deadline = d.deadline();
        b.compensation = nullToEmpty(d.compensation());
        b.visibility = d.visibility();
        b.invitees = String.join(", ", inviteeEmails);
        parts.show(b, d.programmeId(), d.title(), d.ipRegimeCode(), d.requirements(), d.governance(), editable);
    }

    /** The invitees' e-mail addresses as typed (empty unless the challenge is invite-only). */
    public Set<String> inviteeEmails() {
        return visibility.getValue() == Visibility.INVITE_ONLY ? emails(invitees.getValue()) : Set.of();
    }

    /** The draft, or empty (with the problems shown at the fields) when something is missing or wrong. */
    public Optional<ChallengeDraft> validatedDraft(Set<Long> inviteeIds) {
        if (!parts.validate()) {
            return Optional.empty();
        }
        Bean b = parts.bean();
        return Optional.of(new ChallengeDraft(b.programme.id(), b.title, b.summary, b.description, b.deliverables, b.timeline,
                b.deadline, b.compensation, parts.ipRegimeCode(), b.visibility, inviteeIds,
                parts.requirements(), parts.governance()));
    }

    private static Set<String> emails(String s) {
        if (s == null || s.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(s.split("[,;\\s]+")).map(String::strip).filter(e -> !e.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static final class Bean extends PostingFormParts.Bean {
        String summary = "";
        String description = "";
        String deliverables = "";
        String timeline = "";
        LocalDate deadline;
        String compensation = "";
        Visibility visibility;
        String invitees = "";
    }
}
