package org.crossfield.application.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
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
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ChallengeDetails;
import org.crossfield.marketplace.ChallengeNotFoundException;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.ProjectNotFoundException;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.ProjectStatus;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.platform.ui.Notices;
import org.crossfield.platform.ui.Uploads;
import org.springframework.security.access.AccessDeniedException;

/**
 * A student's application to one PhD project or challenge: motivation, answers, CV; saved as a draft or submitted.
 * The posting is read through its own service, so a challenge the student may not see (invite-only) is "no such posting".
 */
@Route("projects/:projectId/apply")
@RouteAlias("challenges/:challengeId/apply")
@PageTitle("Apply")
@RolesAllowed(Roles.STUDENT)
public class ApplyView extends VerticalLayout implements BeforeEnterObserver {

    private final ApplicationService applications;
    private final ProjectService projects;
    private final ChallengeService challenges;
    private ApplicationForm form;
    private PostingType postingType;
    private long postingId;
    private volatile CvUpload pendingCv;

    public ApplyView(ApplicationService applications, ProjectService projects, ChallengeService challenges) {
        this.applications = applications;
        this.projects = projects;
        this.challenges = challenges;
        setId("apply");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        pendingCv = null;
        String title;
        String subtitle;
        boolean open;
        try {
            var challengeId = event.getRouteParameters().get("challengeId");
            if (challengeId.isPresent()) {
                postingType = PostingType.CHALLENGE;
                postingId = Long.parseLong(challengeId.get());
                ChallengeDetails challenge = challenges.challenge(postingId);
                title = challenge.content().title();
                subtitle = "Challenge by " + challenge.organisationName() + " · deadline " + challenge.content().deadline();
                open = challenge.status() == ProjectStatus.OPEN;
            } else {
                postingType = PostingType.PROJECT;
                postingId = Long.parseLong(event.getRouteParameters().get("projectId").orElse(""));
                ProjectSummary project = projects.project(postingId).summary();
                title = project.title();
                subtitle = project.organisationName() + " · supervisor " + project.supervisorName();
                open = project.status() == ProjectStatus.OPEN;
            }
        } catch (NumberFormatException | ProjectNotFoundException | ChallengeNotFoundException | AccessDeniedException e) {
            add(new H2("No such posting"), new Paragraph("The project or challenge does not exist or is not open to you."),
                    new Anchor("postings", "Find postings"));
            return;
        }
        H2 heading = new H2("Apply: " + title);
        heading.setId("apply-title");
        add(heading, new Paragraph(subtitle));
        Optional<ApplicationDetails> existing = applications.myApplicationFor(postingType, postingId);
        if (existing.isPresent() && existing.get().status() != ApplicationStatus.DRAFT) {
            Paragraph done = new Paragraph("You have applied to this " + (postingType == PostingType.CHALLENGE ? "challenge" : "project")
                    + "; your application is " + existing.get().status().label().toLowerCase() + ".");
            done.setId("already-applied");
            add(done, new Anchor("my-applications", "My applications"));
            return;
        }
        if (!open) {
            Paragraph closed = new Paragraph("\"" + title + "\" is not open for applications.");
            closed.setId("not-open");
            add(closed, new Anchor("postings", "Find postings"));
            return;
        }
        form = new ApplicationForm(applications.questions(postingType, postingId));
        form.setWidth("48rem");
        existing.ifPresent(d -> form.show(d.motivation(), d.answers()));

        Span cvState = new Span(existing.map(ApplicationDetails::cvFileName).map(n -> "Attached: " + n).orElse("No CV attached yet."));
        cvState.setId("cv-state");
        UI ui = UI.getCurrent();
        Upload cv = new Upload(Uploads.inMemory(ApplicationService.MAX_CV_BYTES, (fileName, bytes) -> ui.access(() -> {
            CvUpload upload = new CvUpload(fileName, bytes);
            try {
                applications.checkCv(upload);
                pendingCv = upload;
                cvState.setText("Ready to attach: " + fileName + " (saved with the application)");
            } catch (InvalidApplicationException e) {
                pendingCv = null;
                cvState.setText(e.getMessage());
                Notices.error(e.getMessage());
            }
        }), () -> ui.access(() -> Notices.error("The CV is larger than 5 MB; please upload a smaller PDF."))));
        cv.setId("cv-upload");
        cv.setAcceptedFileTypes("application/pdf", ".pdf");
        cv.setMaxFiles(1);
        cv.setMaxFileSize(ApplicationService.MAX_CV_BYTES);
        cv.addFileRejectedListener(e -> Notices.error(e.getErrorMessage() + " — the CV must be a PDF of at most 5 MB."));

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
            Notices.error(submitting ? "The application is not complete; see the marked fields." : "Please correct the marked fields.");
            return;
        }
        var cmd = new SaveApplicationCmd(postingType, postingId, content.get().getMotivation(),
                new HashMap<>(content.get().getAnswers()), pendingCv);
        try {
            if (submitting) {
                applications.submit(cmd);
                UI.getCurrent().navigate(MyApplicationsView.class);
                Notices.success(postingType == PostingType.CHALLENGE ? "Application submitted. The partner has been told."
                        : "Application submitted. The supervisor has been told.");
            } else {
                applications.saveDraft(cmd);
                pendingCv = null;
                Notices.success("Draft saved. You can come back and submit it later.");
            }
        } catch (InvalidApplicationException e) {
            Notices.error(e.getMessage());
        }
    }

}
