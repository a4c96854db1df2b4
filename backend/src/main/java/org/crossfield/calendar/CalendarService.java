package org.crossfield.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crossfield.agreement.AgreementService;
import org.crossfield.agreement.AgreementStatus;
import org.crossfield.agreement.AgreementSummary;
import org.crossfield.agreement.PublicationReviewService;
import org.crossfield.agreement.PublicationReviewSummary;
import org.crossfield.agreement.ReviewStatus;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.ApplicationSummary;
import org.crossfield.application.PostingType;
import org.crossfield.collaboration.CollaborationService;
import org.crossfield.collaboration.CollaborationStatus;
import org.crossfield.collaboration.CollaborationSummary;
import org.crossfield.collaboration.ConfirmationDue;
import org.crossfield.collaboration.MeetingNoteEntry;
import org.crossfield.collaboration.MilestoneEntry;
import org.crossfield.collaboration.ReportingService;
import org.crossfield.collaboration.ReportingWindowSummary;
import org.crossfield.collaboration.WorkspaceService;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.IdentityService;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ChallengeDetails;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.PostingSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * My deadlines, for my calendar feed. Every item comes from its feature's public service, called as me, so the feed
 * shows exactly what the screens would show me and nothing of anybody else (no reading other features' tables). A
 * feature I have no part in (a student has no challenges of their own) is simply not asked.
 */
@Service
public class CalendarService {

    /** The most collaborations and agreements a feed looks into (a person has a handful). */
    static final int MAX_PER_KIND = 200;

    private final ChallengeService challenges;
    private final ApplicationService applications;
    private final AgreementService agreements;
    private final PublicationReviewService reviews;
    private final CollaborationService collaborations;
    private final WorkspaceService workspaces;
    private final ReportingService reporting;
    private final IdentityService identity;

    CalendarService(ChallengeService challenges, ApplicationService applications, AgreementService agreements,
                    PublicationReviewService reviews, CollaborationService collaborations, WorkspaceService workspaces,
                    ReportingService reporting, IdentityService identity) {
        this.challenges = challenges;
        this.applications = applications;
        this.agreements = agreements;
        this.reviews = reviews;
        this.collaborations = collaborations;
        this.workspaces = workspaces;
        this.reporting = reporting;
        this.identity = identity;
    }

    /** My calendar items, by day. */
    @PreAuthorize("isAuthenticated()")
    public List<CalendarItem> myItems() {
        CrossfieldUser me = CurrentUser.require();
        List<CalendarItem> items = new ArrayList<>();
        if (me.hasRole(Roles.PARTNER)) {
            for (PostingSummary p : challenges.myChallenges()) {
                if (p.deadline() != null) {
                    items.add(new CalendarItem("challenge-" + p.id() + "-deadline", CalendarItemKind.MY_POSTING_DEADLINE,
                            p.deadline(), "Deadline: " + p.title(), "The deadline of your challenge \"" + p.title() + "\".",
                            "challenges/" + p.id()));
                }
            }
        }
        if (me.hasRole(Roles.STUDENT)) {
            for (ApplicationSummary a : applications.myApplications()) {
                if (a.postingType() != PostingType.CHALLENGE || a.status().isFinal()) {
                    continue;
                }
                ChallengeDetails challenge;
                try {
                    challenge = challenges.challenge(a.postingId());
                } catch (AccessDeniedException e) {
                    continue; // the challenge is no longer visible to me (e.g. made invite-only): no date to show
                }
                if (challenge.content().deadline() != null) {
                    items.add(new CalendarItem("application-" + a.id() + "-deadline", CalendarItemKind.APPLIED_POSTING_DEADLINE,
                            challenge.content().deadline(), "Deadline: " + a.postingTitle(), "The deadline of the challenge \""
                            + a.postingTitle() + "\" you applied to (your application: " + a.status().label() + ").",
                            "my-applications"));
                }
            }
        }
        agreements(me, items);
        collaborations(items);
        if (me.hasRole(Roles.COORDINATOR)) {
            for (ProgrammeBrief programme : identity.myProgrammes()) {
                List<ReportingWindowSummary> windows;
                try {
                    windows = reporting.windows(programme.id());
                } catch (AccessDeniedException e) {
                    continue; // an administrator who also coordinates sees every programme here, but opens windows only in theirs
                }
                for (ReportingWindowSummary w : windows) {
                    items.add(new CalendarItem("reporting-window-" + w.id(), CalendarItemKind.REPORTING_WINDOW, w.dueOn(),
                            "Reporting due: " + w.title(), "Outcomes of " + w.programmeName() + " to be confirmed by the"
                            + " parties (" + w.confirmed() + " of " + w.parties() + " so far).", "reporting-windows"));
                }
            }
        }
        items.sort(Comparator.comparing(CalendarItem::day).thenComparing(CalendarItem::uid));
        return items;
    }

    private void agreements(CrossfieldUser me, List<CalendarItem> items) {
        for (AgreementSummary a : agreements.myAgreements().stream().limit(MAX_PER_KIND).toList()) {
            if (a.status() == AgreementStatus.AWAITING_APPROVALS && agreements.approvals(a.id()).stream()
                    .noneMatch(r -> r.versionNo() == a.currentVersion() && r.userId() == me.getId())) {
                items.add(new CalendarItem("agreement-" + a.id() + "-v" + a.currentVersion() + "-approval",
                        CalendarItemKind.AGREEMENT_APPROVAL, LocalDate.ofInstant(a.statusChangedAt(), ZoneOffset.UTC),
                        "Approval asked: " + a.title(), "Version " + a.currentVersion() + " of the agreement \"" + a.title()
                        + "\" waits for your approval.", "agreements/" + a.id()));
            }
            if (a.status().isSigned()) {
                for (PublicationReviewSummary r : reviews.reviews(a.id())) {
                    if (r.status() == ReviewStatus.PENDING || r.status() == ReviewStatus.DELAYED) {
                        items.add(new CalendarItem("publication-review-" + r.id(), CalendarItemKind.PUBLICATION_REVIEW,
                                LocalDate.ofInstant(r.deadlineAt(), ZoneOffset.UTC), "Publication review: " + r.title(),
                                (r.mayAnswer() ? "Consent, object or ask for a delay by this day" : "The review of your"
                                + " manuscript ends on this day") + " (agreement \"" + a.title() + "\").", "agreements/" + a.id()));
                    }
                }
            }
        }
    }

    private void collaborations(List<CalendarItem> items) {
        for (ConfirmationDue due : reporting.myConfirmationsDue(MAX_PER_KIND).soonest()) {
            items.add(new CalendarItem("reporting-window-" + due.windowId() + "-collaboration-" + due.collaborationId(),
                    CalendarItemKind.REPORTING_WINDOW, due.dueOn(), "Confirm outcomes: " + due.collaborationTitle(),
                    "The reporting window \"" + due.windowTitle() + "\" asks you to confirm the outcomes of \""
                    + due.collaborationTitle() + "\".", "collaborations/" + due.collaborationId()));
        }
        for (CollaborationSummary c : collaborations.myCollaborations().stream().limit(MAX_PER_KIND).toList()) {
            if (c.status() != CollaborationStatus.ACTIVE) {
                continue;
            }
            for (MilestoneEntry m : workspaces.milestones(c.id())) {
                if (!m.done() && m.dueOn() != null) {
                    items.add(new CalendarItem("milestone-" + m.id(), CalendarItemKind.MILESTONE, m.dueOn(),
                            "Milestone: " + m.title(), "A milestone of \"" + c.title() + "\".", "collaborations/" + c.id()));
                }
            }
            for (MeetingNoteEntry n : workspaces.meetingNotes(c.id())) {
                items.add(new CalendarItem("meeting-" + n.id(), CalendarItemKind.MEETING, n.metOn(), "Meeting: " + c.title(),
                        "Attendees: " + n.attendees() + ".", "collaborations/" + c.id()));
            }
        }
    }
}
