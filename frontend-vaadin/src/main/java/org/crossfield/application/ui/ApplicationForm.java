package org.crossfield.application.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossfield.application.QuestionAnswer;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.PostingQuestionSummary;

/**
 * The motivation and the answers to a posting's questions. It validates with a Binder (lengths always; the motivation
 * and required answers only when submitting) and hands back what was written; it never calls a service.
 */
public class ApplicationForm extends Composite<VerticalLayout> implements com.vaadin.flow.component.HasSize {

    /** What the form edits; mutable because Binder writes into it. */
    public static final class Content {
        private String motivation = "";
        private final Map<Long, String> answers = new HashMap<>();

        public String getMotivation() {
            return motivation;
        }

        public void setMotivation(String motivation) {
            this.motivation = motivation;
        }

        public Map<Long, String> getAnswers() {
            return answers;
        }
    }

    private final Binder<Content> binder = new Binder<>();
    private final Content content = new Content();
    private final TextArea motivation = new TextArea(getTranslation("application.form.motivation"));
    private final Map<PostingQuestionSummary, TextArea> answers = new LinkedHashMap<>();

    /** @param postingNoun what is applied to, as the student says it: "project" or "challenge" */
    public ApplicationForm(List<PostingQuestionSummary> questions, String postingNoun) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        motivation.setId("motivation");
        motivation.setWidthFull();
        motivation.setMinHeight("10rem");
        motivation.setMaxLength(ApplicationService.MAX_MOTIVATION);
        motivation.setHelperText(getTranslation("application.form.motivation-help." + postingNoun, ApplicationService.MAX_MOTIVATION));
        binder.forField(motivation)
                .withValidator(new StringLengthValidator(getTranslation("application.form.at-most", ApplicationService.MAX_MOTIVATION), 0,
                        ApplicationService.MAX_MOTIVATION))
                .bind(Content::getMotivation, Content::setMotivation);
        layout.add(motivation);
        for (PostingQuestionSummary question : questions) {
            TextArea answer = new TextArea(question.text() + (question.required() ? " *" : ""));
            answer.setId("answer-" + question.position());
            answer.setWidthFull();
            answer.setMaxLength(ApplicationService.MAX_ANSWER);
            binder.forField(answer)
                    .withValidator(new StringLengthValidator(getTranslation("application.form.at-most", ApplicationService.MAX_ANSWER), 0,
                            ApplicationService.MAX_ANSWER))
                    .bind(c -> c.getAnswers().getOrDefault(question.id(), ""), (c, v) -> c.getAnswers().put(question.id(), v));
            answers.put(question, answer);
            layout.add(answer);
        }
        binder.readBean(content);
    }

    /** Shows a saved draft. */
    public void show(String savedMotivation, List<QuestionAnswer> savedAnswers) {
        content.setMotivation(savedMotivation == null ? "" : savedMotivation);
        savedAnswers.forEach(a -> content.getAnswers().put(a.questionId(), a.answer()));
        binder.readBean(content);
    }

    /**
     * What was written, or empty with the problems shown at the fields. Submitting also needs a motivation and every
     * required answer.
     */
    public Optional<Content> validated(boolean submitting) {
        motivation.setInvalid(false);
        answers.values().forEach(a -> a.setInvalid(false));
        if (!binder.writeBeanIfValid(content)) {
            return Optional.empty();
        }
        if (submitting) {
            boolean complete = true;
            if (content.getMotivation() == null || content.getMotivation().isBlank()) {
                motivation.setErrorMessage(getTranslation("application.form.motivation-required"));
                motivation.setInvalid(true);
                complete = false;
            }
            for (var entry : answers.entrySet()) {
                if (entry.getKey().required() && entry.getValue().getValue().isBlank()) {
                    entry.getValue().setErrorMessage(getTranslation("application.form.answer-required"));
                    entry.getValue().setInvalid(true);
                    complete = false;
                }
            }
            if (!complete) {
                return Optional.empty();
            }
        }
        return Optional.of(content);
    }
}
