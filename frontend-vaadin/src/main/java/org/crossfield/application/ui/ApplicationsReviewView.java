package org.crossfield.application.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.crossfield.application.AddQuestionCmd;
import org.crossfield.application.AddReviewerCmd;
import org.crossfield.application.ApplicationDetails;
import org.crossfield.application.ApplicationReview;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.ApplicationStatus;
import org.crossfield.application.ApplicationSummary;
import org.crossfield.application.CriterionCmd;
import org.crossfield.application.CriterionSummary;
import org.crossfield.application.InvalidApplicationException;
import org.crossfield.application.PostingQuestionSummary;
import org.crossfield.application.PostingRef;
import org.crossfield.application.PostingType;
import org.crossfield.application.QuestionAnswer;
import org.crossfield.application.RejectCmd;
import org.crossfield.application.RejectionReason;
import org.crossfield.application.ReviewNoteEntry;
import org.crossfield.application.ReviewerSummary;
import org.crossfield.application.ScoreCmd;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Downloads;
import org.crossfield.platform.ui.Notices;

/**
 * The applications one reviews: to one's PhD projects, to one's partner organisation's challenges, and to the postings
 * whose review team one is on. Open one (answers, motivation, CV), score it against the posting's criteria or declare a
 * conflict of interest, keep internal notes; the posting's owners also shortlist, offer and reject with a reason, and
 * manage each posting's questions, review team and criteria.
 */
@Route("applications")
@PageTitle("Applications")
@Menu(order = 28, icon = "vaadin:inbox", title = "Applications")
@RolesAllowed({Roles.SUPERVISOR, Roles.PARTNER, Roles.MENTOR})
public class ApplicationsReviewView extends VerticalLayout {

    private static final DecimalFormat WEIGHT = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    private static final EnumSet<ApplicationStatus> REJECTABLE = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.UNDER_REVIEW, ApplicationStatus.SHORTLISTED);

    private final ApplicationService applications;
    private final Grid<ApplicationSummary> grid = new Grid<>();
    private final List<ApplicationSummary> rows = new ArrayList<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final Grid<PostingQuestionSummary> questions = new Grid<>();
    private final Grid<ReviewerSummary> reviewers = new Grid<>();
    private final Grid<CriterionCmd> criteria = new Grid<>();
    private final List<CriterionCmd> criteriaDraft = new ArrayList<>();
    private PostingRef questionProject;

    public ApplicationsReviewView(ApplicationService applications) {
        this.applications = applications;
        setId("applications-review");
        Paragraph intro = new Paragraph("Applications to your postings and to the postings whose review team you are on. "
                + "Internal notes and scores are never shown to the student.");
        intro.addClassName("cf-muted");
        grid.setId("applications-grid");
        grid.addColumn(ApplicationSummary::studentName).setHeader("Student").setAutoWidth(true).setFlexGrow(0);
        // the posting's title takes the room left; the whole title shows on hover
        grid.addColumn(ApplicationsReviewView::postingLabel).setHeader("Posting").setFlexGrow(1)
                .setTooltipGenerator(ApplicationsReviewView::postingLabel);
        grid.addColumn(a -> a.status().label()).setHeader("Status").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(a -> a.submittedAt() == null ? "" : MyApplicationsView.DAY.format(a.submittedAt()))
                .setHeader("Submitted").setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("26rem");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue().id());
            }
        });
        detail.setId("application-detail");
        detail.setPadding(false);
        add(intro, grid, detail, postingSection());
        refresh();
    }

    private void refresh() {
        rows.clear();
        rows.addAll(applications.applicationsToMyPostings());
        grid.setItems(rows).setIdentifierProvider(ApplicationSummary::id);
    }

    /** The list shows what the details show: opening an application puts it under review, for example. */
    private void updateRow(ApplicationSummary summary) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == summary.id() && !rows.get(i).equals(summary)) {
                rows.set(i, summary);
                grid.getDataProvider().refreshItem(summary);
            }
        }
    }

    private void open(long id) {
        ApplicationDetails application = applications.openForReview(id);
        show(application);
    }

    private void show(ApplicationDetails a) {
        updateRow(a.summary());
        detail.removeAll();
        ApplicationReview review = applications.review(a.id());
        var s = a.summary();
        H3 title = new H3(s.studentName() + " — " + s.postingTitle());
        title.setId("application-title");
        Paragraph status = new Paragraph("Status: " + s.status().label() + (s.rejectionReason() == null ? ""
                : " (" + s.rejectionReason().label() + (s.rejectionText() == null ? "" : ": " + s.rejectionText()) + ")"));
        status.setId("application-status");
        Paragraph motivation = new Paragraph(a.motivation() == null ? "" : a.motivation());
        motivation.setId("application-motivation");
        motivation.getStyle().set("white-space", "pre-wrap");
        detail.add(title, status, new H4("Motivation"), motivation);
        for (QuestionAnswer answer : a.answers()) {
            Paragraph text = new Paragraph(answer.answer().isEmpty() ? "(no answer)" : answer.answer());
            text.getStyle().set("white-space", "pre-wrap");
            detail.add(new H4(answer.question()), text);
        }
        if (a.cvFileName() != null) {
            long id = a.id();
            Anchor cv = new Anchor(Downloads.of(() -> applications.cv(id)
                    .map(f -> new Downloads.File(f.fileName(), f.contentType(), f.content())).orElse(null)),
                    "Download the CV (" + a.cvFileName() + ")");
            cv.setId("cv-download");
            detail.add(cv);
        } else {
            detail.add(new Paragraph("No CV attached."));
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (!review.canDecide()) {
            Paragraph reviewerOnly = new Paragraph("You are on the review team: the posting's owners decide.");
            reviewerOnly.addClassName("cf-muted");
            reviewerOnly.setId("reviewer-only");
            detail.add(reviewerOnly);
        } else if (s.status() == ApplicationStatus.SUBMITTED || s.status() == ApplicationStatus.UNDER_REVIEW) {
            actions.add(action("Shortlist", "shortlist", () -> applications.shortlist(a.id()), "Shortlisted; the student has been told."));
        }
        if (review.canDecide() && s.status() == ApplicationStatus.SHORTLISTED) {
            Button offer = action("Make an offer", "offer", () -> applications.offer(a.id()), "Offer made; the student has been told.");
            offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(offer);
        }
        if (review.canDecide() && REJECTABLE.contains(s.status())) {
            Button reject = new Button("Reject…", e -> rejectDialog(a.id()));
            reject.setId("reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(reject);
        }
        detail.add(actions, scores(a, review), notes(a.id()));
    }

    /** Every reviewer's scores with the weighted averages, the current reviewer's own scoring form, conflicts. */
    private VerticalLayout scores(ApplicationDetails a, ApplicationReview review) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("review-scores");
        box.add(new H4("Scores"));
        Grid<ApplicationReview.ReviewerSheet> sheets = new Grid<>();
        sheets.setId("score-sheets");
        sheets.addColumn(ApplicationReview.ReviewerSheet::reviewerName).setHeader("Reviewer").setAutoWidth(true);
        for (CriterionSummary c : review.criteria()) {
            sheets.addColumn(sheet -> sheet.scores().stream().filter(v -> v.criterionId() == c.id()).findFirst()
                    .map(v -> v.score() + (v.comment() == null ? "" : " — " + v.comment())).orElse(""))
                    .setHeader(c.name() + " (×" + WEIGHT.format(c.weight()) + ")").setFlexGrow(1);
        }
        sheets.addColumn(sheet -> sheet.conflicted() ? "Conflict: " + sheet.conflictReason()
                : sheet.weightedAverage() == null ? "" : WEIGHT.format(sheet.weightedAverage())).setHeader("Weighted").setAutoWidth(true);
        sheets.setItems(review.sheets());
        sheets.setAllRowsVisible(true);
        sheets.addThemeVariants(GridVariant.LUMO_COMPACT);
        Paragraph average = new Paragraph(review.weightedAverage() == null ? "No scores yet."
                : "Weighted average over the reviewers: " + WEIGHT.format(review.weightedAverage()) + " of 5");
        average.setId("weighted-average");
        box.add(sheets, average);
        if (review.conflicted()) {
            Paragraph conflicted = new Paragraph("You declared a conflict of interest on this application, so you do not score it.");
            conflicted.setId("my-conflict");
            box.add(conflicted);
            return box;
        }
        if (!review.canScore()) {
            return box;
        }
        List<ScoreRow> rows = new ArrayList<>();
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.setSpacing(false);
        for (CriterionSummary c : review.criteria()) {
            var mine = review.sheets().stream().filter(sh -> sh.reviewerId() == me()).flatMap(sh -> sh.scores().stream())
                    .filter(v -> v.criterionId() == c.id()).findFirst();
            Select<Integer> score = new Select<>();
            score.setLabel(c.name() + " (weight " + WEIGHT.format(c.weight()) + ")");
            score.setItems(1, 2, 3, 4, 5);
            score.setId("score-" + c.position());
            mine.ifPresent(v -> score.setValue(v.score()));
            TextField comment = new TextField("Comment (optional)");
            comment.setId("score-comment-" + c.position());
            comment.setWidth("28rem");
            comment.setMaxLength(ApplicationService.MAX_SCORE_COMMENT);
            mine.map(ApplicationReview.GivenScore::comment).ifPresent(comment::setValue);
            HorizontalLayout row = new HorizontalLayout(score, comment);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.add(row);
            rows.add(new ScoreRow(c.id(), score, comment));
        }
        Button save = new Button("Save my scores", e -> {
            List<ScoreCmd.CriterionScore> given = rows.stream().filter(r -> r.score().getValue() != null)
                    .map(r -> new ScoreCmd.CriterionScore(r.criterionId(), r.score().getValue(), r.comment().getValue())).toList();
            if (given.isEmpty()) {
                Notices.error("Choose a score (1–5) for at least one criterion.");
                return;
            }
            try {
                applications.score(new ScoreCmd(a.id(), given));
                show(applications.application(a.id()));
                Notices.success("Scores saved.");
            } catch (InvalidApplicationException ex) {
                Notices.error(ex.getMessage());
            }
        });
        save.setId("save-scores");
        Button conflict = new Button("Declare a conflict of interest…", e -> conflictDialog(a.id()));
        conflict.setId("declare-conflict");
        conflict.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        box.add(new H4("Your scores (1 = weak, 5 = excellent)"), form, new HorizontalLayout(save, conflict));
        return box;
    }

    private record ScoreRow(long criterionId, Select<Integer> score, TextField comment) {
    }

    private static long me() {
        return CurrentUser.require().getId();
    }

    private void conflictDialog(long id) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Declare a conflict of interest");
        TextArea reason = new TextArea("Why (e.g. you supervised or work with the student)");
        reason.setId("conflict-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        Binder<StringBean> binder = new Binder<>();
        binder.forField(reason).asRequired("Give the reason.").withValidator(new StringLengthValidator("At most 500 characters.", 1, 500))
                .bind(StringBean::getValue, StringBean::setValue);
        Button confirm = new Button("Declare", e -> {
            StringBean bean = new StringBean();
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            try {
                applications.declareConflict(id, bean.getValue());
                show(applications.application(id));
                Notices.success("Conflict of interest recorded; you no longer score this application.");
                dialog.close();
            } catch (InvalidApplicationException ex) {
                Notices.error(ex.getMessage());
            }
        });
        confirm.setId("confirm-conflict");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph("Your scores on this application are withdrawn and you cannot score it any more. "
                + "The other reviewers see the reason."), reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.setWidth("32rem");
        dialog.open();
    }

    /** What a one-field dialog edits. */
    static final class StringBean {
        private String value = "";

        String getValue() {
            return value;
        }

        void setValue(String value) {
            this.value = value;
        }
    }

    private Button action(String label, String id, Supplier<ApplicationDetails> call, String done) {
        Button button = new Button(label, e -> {
            try {
                show(call.get());
                Notices.success(done);
            } catch (InvalidApplicationException ex) {
                Notices.error(ex.getMessage());
            }
            refresh();
        });
        button.setId(id);
        return button;
    }

    private void rejectDialog(long id) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reject the application");
        Select<RejectionReason> reason = new Select<>();
        reason.setLabel("Reason");
        reason.setId("reject-reason");
        reason.setItems(RejectionReason.values());
        reason.setItemLabelGenerator(RejectionReason::label);
        TextArea text = new TextArea("Explanation for the student (optional; required for \"Other\")");
        text.setId("reject-text");
        text.setWidthFull();
        text.setMaxLength(1000);
        Binder<RejectCmdBean> binder = new Binder<>();
        binder.forField(reason).asRequired("Choose a reason.").bind(RejectCmdBean::getReason, RejectCmdBean::setReason);
        binder.forField(text).withValidator(new StringLengthValidator("At most 1000 characters.", 0, 1000))
                .withValidator((value, ctx) -> reason.getValue() != RejectionReason.OTHER || !value.isBlank()
                        ? com.vaadin.flow.data.binder.ValidationResult.ok()
                        : com.vaadin.flow.data.binder.ValidationResult.error("Explain the reason when you choose \"Other\"."))
                .bind(RejectCmdBean::getText, RejectCmdBean::setText);
        Button confirm = new Button("Reject", e -> {
            RejectCmdBean bean = new RejectCmdBean();
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            try {
                show(applications.reject(id, new RejectCmd(bean.getReason(), bean.getText())));
                Notices.success("Application rejected; the student has been told the reason.");
                dialog.close();
            } catch (InvalidApplicationException ex) {
                Notices.error(ex.getMessage());
            }
            refresh();
        });
        confirm.setId("confirm-reject");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(new VerticalLayout(reason, text));
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("32rem");
        dialog.open();
    }

    /** What the reject dialog edits. */
    static final class RejectCmdBean {
        private RejectionReason reason;
        private String text = "";

        RejectionReason getReason() {
            return reason;
        }

        void setReason(RejectionReason reason) {
            this.reason = reason;
        }

        String getText() {
            return text;
        }

        void setText(String text) {
            this.text = text;
        }
    }

    private VerticalLayout notes(long id) {
        VerticalLayout notes = new VerticalLayout();
        notes.setPadding(false);
        notes.setId("review-notes");
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        Runnable fill = () -> {
            list.removeAll();
            for (ReviewNoteEntry note : applications.notes(id)) {
                Paragraph p = new Paragraph(note.authorName() + ", " + MyApplicationsView.DAY.format(note.createdAt()) + ": " + note.text());
                p.addClassName("cf-note");
                list.add(p);
            }
        };
        fill.run();
        TextArea text = new TextArea("Internal note (never shown to the student)");
        text.setId("note-text");
        text.setWidth("36rem");
        text.setMaxLength(ApplicationService.MAX_NOTE);
        Button add = new Button("Add note", e -> {
            try {
                applications.addNote(id, text.getValue());
                text.clear();
                fill.run();
            } catch (InvalidApplicationException ex) {
                Notices.error(ex.getMessage());
            }
        });
        add.setId("add-note");
        HorizontalLayout row = new HorizontalLayout(text, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        notes.add(new H4("Internal notes"), list, row);
        return notes;
    }

    /** The questions, review team and criteria of a posting one owns (reviewers see them read-only). */
    private Details postingSection() {
        ComboBox<PostingRef> project = new ComboBox<>("Posting");
        project.setId("question-project");
        project.setWidth("36rem");
        project.setItemLabelGenerator(PostingRef::label);
        project.setItems(applications.myReviewPostings().stream().filter(PostingRef::owned).toList());
        questions.setId("questions-grid");
        questions.addColumn(PostingQuestionSummary::text).setHeader("Question").setFlexGrow(3);
        questions.addColumn(q -> q.required() ? "Required" : "Optional").setHeader("").setAutoWidth(true);
        questions.addComponentColumn(q -> {
            Button remove = new Button("Remove", e -> {
                applications.removeQuestion(q.id());
                showQuestions();
            });
            remove.setId("remove-question-" + q.position());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setAutoWidth(true);
        questions.setAllRowsVisible(true);
        TextField text = new TextField("New question");
        text.setId("question-text");
        text.setWidth("30rem");
        text.setMaxLength(500);
        Checkbox required = new Checkbox("Required");
        required.setId("question-required");
        Button add = new Button("Add question", e -> {
            if (questionProject == null) {
                Notices.error("Choose a posting first.");
                return;
            }
            try {
                applications.addQuestion(new AddQuestionCmd(questionProject.type(), questionProject.id(), text.getValue(),
                        required.getValue()));
                text.clear();
                required.clear();
                showQuestions();
            } catch (InvalidApplicationException ex) {
                Notices.error(ex.getMessage());
            }
        });
        add.setId("add-question");
        project.addValueChangeListener(e -> {
            questionProject = e.getValue();
            showQuestions();
        });
        HorizontalLayout row = new HorizontalLayout(text, required, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Details details = new Details("Your postings: questions, review team and criteria",
                new VerticalLayout(project, new H4("Questions to applicants"), questions, row, reviewTeam(), criteriaEditor()));
        details.setId("questions-section");
        return details;
    }

    private VerticalLayout reviewTeam() {
        reviewers.setId("reviewers-grid");
        reviewers.addColumn(ReviewerSummary::name).setHeader("Reviewer").setAutoWidth(true);
        reviewers.addColumn(ReviewerSummary::email).setHeader("E-mail").setFlexGrow(2);
        reviewers.addComponentColumn(r -> {
            Button remove = new Button("Remove", e -> {
                try {
                    reviewers.setItems(applications.removeReviewer(questionProject.type(), questionProject.id(), r.userId()));
                } catch (InvalidApplicationException ex) {
                    Notices.error(ex.getMessage());
                }
            });
            remove.setId("remove-reviewer-" + r.userId());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setAutoWidth(true);
        reviewers.setAllRowsVisible(true);
        EmailField email = new EmailField("E-mail of a supervisor, mentor or partner manager");
        email.setId("reviewer-email");
        email.setWidth("24rem");
        Button add = new Button("Add reviewer", e -> {
            if (questionProject == null) {
                Notices.error("Choose a posting first.");
                return;
            }
            if (email.isEmpty() || email.isInvalid()) {
                Notices.error("Write a valid e-mail address.");
                return;
            }
            try {
                reviewers.setItems(applications.addReviewer(new AddReviewerCmd(questionProject.type(), questionProject.id(),
                        email.getValue())));
                email.clear();
                Notices.success("Reviewer added; they have been told.");
            } catch (InvalidApplicationException ex) {
                Notices.error(ex.getMessage());
            }
        });
        add.setId("add-reviewer");
        HorizontalLayout row = new HorizontalLayout(email, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout team = new VerticalLayout(new H4("Review team"), new Paragraph("Reviewers see and score this posting's "
                + "applications and keep notes; only you decide."), reviewers, row);
        team.setPadding(false);
        return team;
    }

    private VerticalLayout criteriaEditor() {
        criteria.setId("criteria-grid");
        criteria.addColumn(CriterionCmd::name).setHeader("Criterion").setFlexGrow(2);
        criteria.addColumn(c -> WEIGHT.format(c.weight())).setHeader("Weight").setAutoWidth(true);
        criteria.addComponentColumn(c -> {
            Button remove = new Button("Remove", e -> {
                criteriaDraft.remove(c);
                criteria.setItems(criteriaDraft);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setAutoWidth(true);
        criteria.setAllRowsVisible(true);
        TextField name = new TextField("Criterion");
        name.setId("criterion-name");
        name.setMaxLength(100);
        NumberField weight = new NumberField("Weight");
        weight.setId("criterion-weight");
        weight.setMin(0.1);
        weight.setMax(10);
        weight.setValue(1.0);
        Button add = new Button("Add", e -> {
            if (name.getValue().isBlank() || weight.getValue() == null || weight.isInvalid()) {
                Notices.error("Give the criterion a name and a weight between 0.1 and 10.");
                return;
            }
            criteriaDraft.add(new CriterionCmd(name.getValue().strip(), weight.getValue()));
            criteria.setItems(criteriaDraft);
            name.clear();
        });
        add.setId("add-criterion");
        Button save = new Button("Save criteria", e -> {
            if (questionProject == null) {
                Notices.error("Choose a posting first.");
                return;
            }
            try {
                showCriteria(applications.setCriteria(questionProject.type(), questionProject.id(), List.copyOf(criteriaDraft)));
                Notices.success("Criteria saved.");
            } catch (InvalidApplicationException ex) {
                Notices.error(ex.getMessage());
            }
        });
        save.setId("save-criteria");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(name, weight, add, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(new H4("Review criteria"), new Paragraph("Reviewers score each criterion from 1 "
                + "to 5; the weights make the weighted average. Without criteria of your own, the defaults apply. Criteria are "
                + "fixed once someone has scored."), criteria, row);
        box.setPadding(false);
        return box;
    }

    private void showCriteria(List<CriterionSummary> list) {
        criteriaDraft.clear();
        list.forEach(c -> criteriaDraft.add(new CriterionCmd(c.name(), c.weight())));
        criteria.setItems(criteriaDraft);
    }

    private void showQuestions() {
        questions.setItems(questionProject == null ? List.of() : applications.questions(questionProject.type(), questionProject.id()));
        reviewers.setItems(questionProject == null ? List.of() : applications.reviewers(questionProject.type(), questionProject.id()));
        showCriteria(questionProject == null ? List.of() : applications.criteria(questionProject.type(), questionProject.id()));
    }

    private static String postingLabel(ApplicationSummary a) {
        return (a.postingType() == PostingType.CHALLENGE ? "Challenge: " : "Project: ") + a.postingTitle();
    }
}
