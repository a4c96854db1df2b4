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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Optional;
import org.crossfield.application.ApplicationCvService;
import org.crossfield.application.ApplicationDetails;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.PostingQuestionService;
import org.crossfield.application.ApplicationStatus;
import org.crossfield.application.CvUpload;
import org.crossfield.application.InvalidApplicationException;
import org.crossfield.application.PostingType;
import org.crossfield.application.QuestionAnswer;
import org.crossfield.application.SaveApplicationCmd;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Messages;
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
@RolesAllowed(Roles.STUDENT)
public class ApplyView extends VerticalLayout implements BeforeEnterObserver, com.vaadin.flow.router.HasDynamicTitle {

    private final ApplicationService applications;
    private final PostingQuestionService postingQuestions;
    private final ProjectService projects;
    private final ChallengeService challenges;
    private ApplicationForm form;
    private PostingType postingType;
    private long postingId;
    private static final java.util.Set<ApplicationStatus> CV_REPLACEABLE = java.util.EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.UNDER_REVIEW, ApplicationStatus.SHORTLISTED);

    private final ApplicationCvService cvs;
    private volatile CvUpload pendingCv;
    private boolean hasSavedCv;
    private boolean cvRequired;
    private Span cvState;

    public ApplyView(ApplicationService applications, PostingQuestionService postingQuestions, ApplicationCvService cvs,
                     ProjectService projects, ChallengeService challenges) {
        this.applications = applications;
        this.postingQuestions = postingQuestions;
        this.cvs = cvs;
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
                subtitle = getTranslation("application.apply.challenge-subtitle", challenge.organisationName(),
                        Dates.day(challenge.content().deadline(), getLocale()));
                open = challenge.status() == ProjectStatus.OPEN;
            } else {
                postingType = PostingType.PROJECT;
                postingId = Long.parseLong(event.getRouteParameters().get("projectId").orElse(""));
                ProjectSummary project = projects.project(postingId).summary();
                title = project.title();
                subtitle = getTranslation("application.apply.project-subtitle", project.organisationName(), project.supervisorName());
                open = project.status() == ProjectStatus.OPEN;
            }
        } catch (NumberFormatException | ProjectNotFoundException | ChallengeNotFoundException | AccessDeniedException e) {
            add(new H2(getTranslation("application.apply.not-found")), new Paragraph(getTranslation("application.apply.not-found-text")),
                    new Anchor("postings", getTranslation("application.find-postings")));
            return;
        }
        H2 heading = new H2(getTranslation("application.apply.heading", title));
        heading.setId("apply-title");
        add(heading, new Paragraph(subtitle));
        Optional<ApplicationDetails> existing = applications.myApplicationFor(postingType, postingId);
        boolean cvRequired = cvs.cvRequired(postingType, postingId);
        if (existing.isPresent() && existing.get().status() != ApplicationStatus.DRAFT) {
            showSent(existing.get());
            return;
        }
        if (!open) {
            Paragraph closed = new Paragraph(getTranslation("application.apply.not-open", title));
            closed.setId("not-open");
            add(closed, new Anchor("postings", getTranslation("application.find-postings")));
            return;
        }
        form = new ApplicationForm(postingQuestions.questions(postingType, postingId),
                postingType == PostingType.CHALLENGE ? "challenge" : "project");
        form.setWidth("48rem");
        existing.ifPresent(d -> form.show(d.motivation(), d.answers()));
        hasSavedCv = existing.map(ApplicationDetails::cvFileName).isPresent();
        this.cvRequired = cvRequired;

        cvState = new Span(existing.map(ApplicationDetails::cvFileName).map(n -> getTranslation("application.apply.cv-attached-replace", n))
                .orElse(getTranslation(cvRequired ? "application.apply.no-cv-required" : "application.apply.no-cv")));
        cvState.setId("cv-state");
        Upload cv = Uploads.oneFile("cv-upload", getTranslation("application.apply.cv-rule"), ApplicationService.MAX_CV_BYTES, (fileName, bytes) -> {
            CvUpload upload = new CvUpload(fileName, bytes);
            try {
                applications.checkCv(upload);
                pendingCv = upload;
                cvState.setText(getTranslation("application.apply.cv-ready", fileName));
            } catch (InvalidApplicationException e) {
                pendingCv = null;
                cvState.setText(Messages.of(e) + " " + getTranslation(hasSavedCv ? "application.apply.cv-stays" : "application.apply.cv-again"));
                Notices.error(Messages.of(e) + " " + getTranslation("application.apply.cv-choose"));
            }
        }, "application/pdf", ".pdf");

        Button saveDraft = new Button(getTranslation("application.apply.save-draft"), e -> save(false));
        saveDraft.setId("save-draft");
        Button submit = new Button(getTranslation("application.apply.submit"), e -> save(true));
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H3 cvHeading = new H3(getTranslation(cvRequired ? "application.apply.cv-heading-required" : "application.apply.cv-heading-optional"));
        cvHeading.setId("cv-heading");
        add(form, cvHeading, cv, cvState, new HorizontalLayout(saveDraft, submit));
    }

    /** What the student sent, read-only; the CV can be attached or replaced until the application is decided. */
    private void showSent(ApplicationDetails sent) {
        Paragraph done = new Paragraph(getTranslation(postingType == PostingType.CHALLENGE ? "application.apply.sent.challenge"
                : "application.apply.sent.project", Texts.status(sent.status())));
        done.setId("already-applied");
        Paragraph motivation = new Paragraph(sent.motivation() == null ? getTranslation("application.apply.no-motivation") : sent.motivation());
        motivation.setId("sent-motivation");
        motivation.getStyle().set("white-space", "pre-wrap");
        add(done, new H3(getTranslation("application.form.motivation")), motivation);
        for (QuestionAnswer answer : sent.answers()) {
            Paragraph text = new Paragraph(answer.answer().isEmpty() ? getTranslation("application.apply.no-answer") : answer.answer());
            text.getStyle().set("white-space", "pre-wrap");
            add(new H3(answer.question()), text);
        }
        Span state = new Span(sent.cvFileName() == null ? getTranslation("application.apply.no-cv-sent")
                : getTranslation("application.apply.cv-attached", sent.cvFileName()));
        state.setId("cv-state");
        add(new H3(getTranslation("application.apply.cv")), state);
        if (CV_REPLACEABLE.contains(sent.status())) {
            Paragraph hint = new Paragraph(getTranslation("application.apply.cv-replace-hint"));
            hint.addClassName("cf-muted");
            Upload replace = Uploads.oneFile("cv-replace", getTranslation("application.apply.cv-rule"), ApplicationService.MAX_CV_BYTES, (fileName, bytes) -> {
                try {
                    ApplicationDetails updated = cvs.replaceCv(sent.id(), new CvUpload(fileName, bytes));
                    state.setText(getTranslation("application.apply.cv-attached", updated.cvFileName()));
                    Notices.success(getTranslation("application.apply.cv-replaced", updated.cvFileName()));
                } catch (InvalidApplicationException e) {
                    Notices.error(Messages.of(e) + " " + (sent.cvFileName() == null ? "" : getTranslation("application.apply.cv-stays") + " ")
                            + getTranslation("application.apply.cv-choose"));
                }
            }, "application/pdf", ".pdf");
            add(hint, replace);
        }
        add(new Anchor("my-applications", getTranslation("application.apply.back")));
    }

    private void save(boolean submitting) {
        Optional<ApplicationForm.Content> content = form.validated(submitting);
        if (content.isEmpty()) {
            Notices.error(getTranslation(submitting ? "application.apply.incomplete" : "application.apply.correct"));
            return;
        }
        if (submitting && cvRequired && pendingCv == null && !hasSavedCv) {
            cvState.setText(getTranslation("application.apply.cv-missing-state"));
            Notices.error(getTranslation("application.apply.cv-missing"));
            return;
        }
        var cmd = new SaveApplicationCmd(postingType, postingId, content.get().getMotivation(),
                new HashMap<>(content.get().getAnswers()), pendingCv);
        try {
            if (submitting) {
                applications.submit(cmd);
                UI.getCurrent().navigate(MyApplicationsView.class);
                Notices.success(getTranslation(postingType == PostingType.CHALLENGE ? "application.apply.submitted.challenge"
                        : "application.apply.submitted.project"));
            } else {
                hasSavedCv = applications.saveDraft(cmd).cvFileName() != null;
                pendingCv = null;
                Notices.success(getTranslation("application.apply.draft-saved"));
            }
        } catch (InvalidApplicationException e) {
            Notices.error(Messages.of(e));
        }
    }


    @Override
    public String getPageTitle() {
        return getTranslation("application.apply.page-title");
    }
}
