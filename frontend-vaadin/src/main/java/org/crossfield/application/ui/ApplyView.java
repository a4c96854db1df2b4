package org.crossfield.application.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Optional;
import org.crossfield.application.ApplicationDetails;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.ApplicationStatus;
import org.crossfield.application.CvUpload;
import org.crossfield.application.InvalidApplicationException;
import org.crossfield.application.PostingType;
import org.crossfield.application.SaveApplicationCmd;
import org.crossfield.marketplace.ProjectNotFoundException;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.ProjectSummary;
import org.springframework.security.access.AccessDeniedException;

/** A student's application to one PhD project: motivation, answers, CV; saved as a draft or submitted. */
@Route("projects/:projectId/apply")
@PageTitle("Apply to a PhD project")
@RolesAllowed("STUDENT")
public class ApplyView extends VerticalLayout implements BeforeEnterObserver {

    private final ApplicationService applications;
    private final ProjectService projects;
    private ApplicationForm form;
    private long projectId;
    private volatile CvUpload pendingCv;

    public ApplyView(ApplicationService applications, ProjectService projects) {
        this.applications = applications;
        this.projects = projects;
        setId("apply");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        pendingCv = null;
        ProjectSummary project;
        try {
            projectId = Long.parseLong(event.getRouteParameters().get("projectId").orElse(""));
            project = projects.project(projectId).summary();
        } catch (NumberFormatException | ProjectNotFoundException | AccessDeniedException e) {
            add(new H2("No such project"), new Paragraph("The project does not exist or is not open."), new Anchor("projects", "All projects"));
            return;
        }
        H2 title = new H2("Apply: " + project.title());
        title.setId("apply-title");
        add(title, new Paragraph(project.organisationName() + " · supervisor " + project.supervisorName()));
        Optional<ApplicationDetails> existing = applications.myApplicationFor(PostingType.PROJECT, projectId);
        if (existing.isPresent() && existing.get().status() != ApplicationStatus.DRAFT) {
            Paragraph done = new Paragraph("You have applied to this project; your application is "
                    + existing.get().status().label().toLowerCase() + ".");
            done.setId("already-applied");
            add(done, new Anchor("my-applications", "My applications"));
            return;
        }
        form = new ApplicationForm(applications.questions(PostingType.PROJECT, projectId));
        form.setWidth("48rem");
        existing.ifPresent(d -> form.show(d.motivation(), d.answers()));

        Span cvState = new Span(existing.map(ApplicationDetails::cvFileName).map(n -> "Attached: " + n).orElse("No CV attached yet."));
        cvState.setId("cv-state");
        UI ui = UI.getCurrent();
        Upload cv = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            CvUpload upload = new CvUpload(metadata.fileName(), bytes);
            try {
                applications.checkCv(upload);
                pendingCv = upload;
                cvState.setText("Ready to attach: " + metadata.fileName() + " (saved with the application)");
            } catch (InvalidApplicationException e) {
                pendingCv = null;
                cvState.setText(e.getMessage());
                error(e.getMessage());
            }
        })));
        cv.setId("cv-upload");
        cv.setAcceptedFileTypes("application/pdf", ".pdf");
        cv.setMaxFiles(1);
        cv.setMaxFileSize(ApplicationService.MAX_CV_BYTES);
        cv.addFileRejectedListener(e -> error(e.getErrorMessage() + " — the CV must be a PDF of at most 5 MB."));

        Button saveDraft = new Button("Save draft", e -> save(false));
        saveDraft.setId("save-draft");
        Button submit = new Button("Submit application", e -> save(true));
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, new H3("CV (PDF, at most 5 MB)"), cv, cvState, new HorizontalLayout(saveDraft, submit));
    }

    private void save(boolean submitting) {
        Optional<ApplicationForm.Content> content = form.validated(submitting);
        if (content.isEmpty()) {
            error(submitting ? "The application is not complete; see the marked fields." : "Please correct the marked fields.");
            return;
        }
        var cmd = new SaveApplicationCmd(PostingType.PROJECT, projectId, content.get().getMotivation(),
                new HashMap<>(content.get().getAnswers()), pendingCv);
        try {
            if (submitting) {
                applications.submit(cmd);
                UI.getCurrent().navigate(MyApplicationsView.class);
                success("Application submitted. The supervisor has been told.");
            } else {
                applications.saveDraft(cmd);
                pendingCv = null;
                success("Draft saved. You can come back and submit it later.");
            }
        } catch (InvalidApplicationException e) {
            error(e.getMessage());
        }
    }

    static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String text) {
        Notification.show(text, 6000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
