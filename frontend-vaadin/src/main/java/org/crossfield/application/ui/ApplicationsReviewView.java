package org.crossfield.application.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.crossfield.application.AddQuestionCmd;
import org.crossfield.application.AnswerView;
import org.crossfield.application.ApplicationDetails;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.ApplicationStatus;
import org.crossfield.application.ApplicationSummary;
import org.crossfield.application.InvalidApplicationException;
import org.crossfield.application.PostingType;
import org.crossfield.application.QuestionView;
import org.crossfield.application.RejectCmd;
import org.crossfield.application.RejectionReason;
import org.crossfield.application.ReviewNoteView;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.ProjectSummary;

/**
 * A supervisor's applications to their projects: open one (answers, motivation, CV), shortlist, offer, reject with a
 * reason, internal notes; and the questions each project asks applicants.
 */
@Route("applications")
@PageTitle("Applications")
@Menu(order = 28, icon = "vaadin:inbox", title = "Applications")
@RolesAllowed("SUPERVISOR")
public class ApplicationsReviewView extends VerticalLayout {

    private static final EnumSet<ApplicationStatus> REJECTABLE = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.UNDER_REVIEW, ApplicationStatus.SHORTLISTED);

    private final ApplicationService applications;
    private final Grid<ApplicationSummary> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final Grid<QuestionView> questions = new Grid<>();
    private ProjectSummary questionProject;

    public ApplicationsReviewView(ApplicationService applications, ProjectService projects) {
        this.applications = applications;
        setId("applications-review");
        grid.setId("applications-grid");
        grid.addColumn(ApplicationSummary::studentName).setHeader("Student").setAutoWidth(true);
        grid.addColumn(ApplicationSummary::postingTitle).setHeader("Project").setFlexGrow(3);
        grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> a.submittedAt() == null ? "" : MyApplicationsView.DAY.format(a.submittedAt()))
                .setHeader("Submitted").setAutoWidth(true);
        grid.setHeight("18rem");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue().id());
            }
        });
        detail.setId("application-detail");
        detail.setPadding(false);
        add(grid, detail, questionsSection(projects));
        refresh();
    }

    private void refresh() {
        grid.setItems(applications.applicationsToMyPostings());
    }

    private void open(long id) {
        ApplicationDetails application = applications.openForReview(id);
        show(application);
    }

    private void show(ApplicationDetails a) {
        detail.removeAll();
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
        for (AnswerView answer : a.answers()) {
            Paragraph text = new Paragraph(answer.answer().isEmpty() ? "(no answer)" : answer.answer());
            text.getStyle().set("white-space", "pre-wrap");
            detail.add(new H4(answer.question()), text);
        }
        if (a.cvFileName() != null) {
            long id = a.id();
            Anchor cv = new Anchor(DownloadHandler.fromInputStream(event -> applications.cv(id)
                    .map(f -> new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), f.contentType(),
                            f.content().length))
                    .orElseGet(() -> DownloadResponse.error(404))), "Download the CV (" + a.cvFileName() + ")");
            cv.setId("cv-download");
            detail.add(cv);
        } else {
            detail.add(new Paragraph("No CV attached."));
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (s.status() == ApplicationStatus.SUBMITTED || s.status() == ApplicationStatus.UNDER_REVIEW) {
            actions.add(action("Shortlist", "shortlist", () -> applications.shortlist(a.id()), "Shortlisted; the student has been told."));
        }
        if (s.status() == ApplicationStatus.SHORTLISTED) {
            Button offer = action("Make an offer", "offer", () -> applications.offer(a.id()), "Offer made; the student has been told.");
            offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(offer);
        }
        if (REJECTABLE.contains(s.status())) {
            Button reject = new Button("Reject…", e -> rejectDialog(a.id()));
            reject.setId("reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(reject);
        }
        detail.add(actions, notes(a.id()));
    }

    private Button action(String label, String id, Supplier<ApplicationDetails> call, String done) {
        Button button = new Button(label, e -> {
            try {
                show(call.get());
                ApplyView.success(done);
            } catch (InvalidApplicationException ex) {
                ApplyView.error(ex.getMessage());
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
                ApplyView.success("Application rejected; the student has been told the reason.");
                dialog.close();
            } catch (InvalidApplicationException ex) {
                ApplyView.error(ex.getMessage());
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
            for (ReviewNoteView note : applications.notes(id)) {
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
                ApplyView.error(ex.getMessage());
            }
        });
        add.setId("add-note");
        HorizontalLayout row = new HorizontalLayout(text, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        notes.add(new H4("Internal notes"), list, row);
        return notes;
    }

    private Details questionsSection(ProjectService projects) {
        ComboBox<ProjectSummary> project = new ComboBox<>("Project");
        project.setId("question-project");
        project.setWidth("36rem");
        project.setItemLabelGenerator(ProjectSummary::title);
        project.setItems(projects.mySupervisedProjects());
        questions.setId("questions-grid");
        questions.addColumn(QuestionView::text).setHeader("Question").setFlexGrow(3);
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
                ApplyView.error("Choose a project first.");
                return;
            }
            try {
                applications.addQuestion(new AddQuestionCmd(PostingType.PROJECT, questionProject.id(), text.getValue(), required.getValue()));
                text.clear();
                required.clear();
                showQuestions();
            } catch (InvalidApplicationException ex) {
                ApplyView.error(ex.getMessage());
            }
        });
        add.setId("add-question");
        project.addValueChangeListener(e -> {
            questionProject = e.getValue();
            showQuestions();
        });
        HorizontalLayout row = new HorizontalLayout(text, required, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Details details = new Details("Questions to applicants", new VerticalLayout(project, questions, row));
        details.setId("questions-section");
        return details;
    }

    private void showQuestions() {
        questions.setItems(questionProject == null ? java.util.List.of()
                : applications.questions(PostingType.PROJECT, questionProject.id()));
    }
}
