package org.crossfield.collaboration.ui;

import org.crossfield.i18n.Dates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.crossfield.collaboration.ActivitySummary;
import org.crossfield.collaboration.AddMeetingNoteCmd;
import org.crossfield.collaboration.AddMilestoneCmd;
import org.crossfield.collaboration.CollaborationDetails;
import org.crossfield.collaboration.CollaborationNotFoundException;
import org.crossfield.collaboration.CollaborationService;
import org.crossfield.collaboration.CollaborationStatus;
import org.crossfield.collaboration.DisseminationCode;
import org.crossfield.collaboration.IllegalCollaborationTransitionException;
import org.crossfield.collaboration.ImportPublicationsCmd;
import org.crossfield.collaboration.InvalidOutcomeException;
import org.crossfield.collaboration.MeetingNoteEntry;
import org.crossfield.collaboration.MilestoneEntry;
import org.crossfield.collaboration.OrcidImportService;
import org.crossfield.collaboration.OutcomeService;
import org.crossfield.collaboration.OutcomeTypeSummary;
import org.crossfield.collaboration.OutcomeSummary;
import org.crossfield.collaboration.ReportingRequest;
import org.crossfield.collaboration.ReportingService;
import org.crossfield.collaboration.WorkspaceService;
import org.crossfield.i18n.Messages;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Notices;
import org.springframework.security.access.AccessDeniedException;

/**
 * A collaboration's workspace: its parties and status, open reporting windows (with the confirm button), outcomes
 * (recorded by hand or imported from BibTeX/RIS), dissemination activities, milestones and meeting notes. Parties
 * change it; coordinators of the programme read it.
 */
@Route("collaborations/:collaborationId")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR})
public class WorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CollaborationService collaborations;
    private final WorkspaceService workspace;
    private final OutcomeService outcomes;
    private final ReportingService reporting;
    private final Grid<OutcomeSummary> outcomeGrid = new Grid<>();
    private final Grid<ActivitySummary> activityGrid = new Grid<>();
    private final Grid<MilestoneEntry> milestoneGrid = new Grid<>();
    private final VerticalLayout meetingList = new VerticalLayout();
    private final VerticalLayout requestBox = new VerticalLayout();
    private long collaborationId;
    private boolean editable;
    private List<OutcomeTypeSummary> types = List.of();
    private Map<String, String> audienceTitles = Map.of();
    private final Clock clock;
    private final OrcidImportService orcidImport;

    public WorkspaceView(CollaborationService collaborations, WorkspaceService workspace, OutcomeService outcomes,
                         ReportingService reporting, OrcidImportService orcidImport, Clock clock) {
        this.clock = clock;
        this.orcidImport = orcidImport;
        this.collaborations = collaborations;
        this.workspace = workspace;
        this.outcomes = outcomes;
        this.reporting = reporting;
        setId("workspace");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CollaborationDetails details;
        try {
            collaborationId = Long.parseLong(event.getRouteParameters().get("collaborationId").orElse(""));
            details = collaborations.collaboration(collaborationId);
        } catch (NumberFormatException | CollaborationNotFoundException | AccessDeniedException e) {
            Paragraph none = new Paragraph(getTranslation("collaboration.workspace.missing"));
            none.setId("workspace-missing");
            add(new H2(getTranslation("collaboration.workspace.missing-title")), none,
                    new Anchor("collaborations", getTranslation("menu.collaborations")));
            return;
        }
        editable = workspace.canEdit(collaborationId);
        types = outcomes.outcomeTypes();
        audienceTitles = outcomes.disseminationCodes(DisseminationCode.AUDIENCE).stream()
                .collect(Collectors.toMap(DisseminationCode::code, CollaborationTexts::dissemination));
        add(header(details));
        requestBox.setId("reporting-requests");
        requestBox.setPadding(false);
        add(requestBox);
        showRequests();

        TabSheet tabs = new TabSheet();
        tabs.setId("workspace-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("collaboration.workspace.tab.outcomes"), outcomesTab()).setId("tab-outcomes");
        tabs.add(getTranslation("collaboration.workspace.tab.dissemination"), activitiesTab()).setId("tab-dissemination");
        tabs.add(getTranslation("collaboration.workspace.tab.milestones"), milestonesTab()).setId("tab-milestones");
        tabs.add(getTranslation("collaboration.workspace.tab.meetings"), meetingsTab()).setId("tab-meetings");
        add(tabs);
        refreshAll();
    }

    // ---- header and reporting ----------------------------------------------------------------------------------------

    private Component header(CollaborationDetails d) {
        H2 title = new H2(d.title());
        title.setId("workspace-title");
        List<String> people = new ArrayList<>();
        if (d.student() != null) {
            people.add(getTranslation("collaboration.workspace.student", d.student().name()));
        }
        if (d.supervisor() != null) {
            people.add(getTranslation("collaboration.workspace.supervisor", d.supervisor().name()));
        }
        if (d.mentor() != null) {
            people.add(getTranslation("collaboration.workspace.mentor", d.mentor().name()));
        }
        if (d.partnerOrganisation() != null) {
            people.add(getTranslation("collaboration.workspace.partner", d.partnerOrganisation().name()));
        }
        Paragraph who = new Paragraph(d.programmeName() + " · " + String.join(" · ", people));
        who.addClassName("cf-muted");
        Span status = new Span(CollaborationTexts.status(d.status()));
        status.setId("workspace-status");
        status.getElement().getThemeList().add("badge" + (d.status() == CollaborationStatus.ACTIVE ? " success" : " contrast"));
        HorizontalLayout statusRow = new HorizontalLayout(new Span(getTranslation("collaboration.workspace.status")), status);
        statusRow.setAlignItems(Alignment.CENTER);
        if (editable && d.status() == CollaborationStatus.ACTIVE) {
            Button complete = new Button(getTranslation("collaboration.workspace.complete"),
                    e -> confirmStatus(getTranslation("collaboration.workspace.complete-question"),
                            () -> collaborations.complete(collaborationId)));
            complete.setId("complete-collaboration");
            complete.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button cancel = new Button(getTranslation("collaboration.workspace.cancel"),
                    e -> confirmStatus(getTranslation("collaboration.workspace.cancel-question"),
                            () -> collaborations.cancel(collaborationId)));
            cancel.setId("cancel-collaboration");
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            statusRow.add(complete, cancel);
        }
        VerticalLayout header = new VerticalLayout(title, who, statusRow);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private void confirmStatus(String question, Supplier<?> change) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("collaboration.workspace.status-title"), question,
                getTranslation("collaboration.workspace.status-yes"), e -> {
            try {
                change.get();
                Notices.success(getTranslation("collaboration.workspace.status-changed"));
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (IllegalCollaborationTransitionException ex) {
                Notices.error(Messages.of(ex));
            }
        });
        dialog.setId("status-dialog");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("collaboration.workspace.status-no"));
        dialog.open();
    }

    private void showRequests() {
        requestBox.removeAll();
        for (ReportingRequest r : reporting.requests(collaborationId)) {
            if (r.dueOn().isBefore(LocalDate.now(clock).minusDays(90))) {
                continue;
            }
            Div card = new Div();
            card.addClassName("cf-card");
            card.setId("reporting-request-" + r.windowId());
            card.setWidthFull();
            card.getStyle().set("box-sizing", "border-box");
            Span what = new Span(getTranslation("collaboration.workspace.request", r.title(), Dates.day(r.dueOn(), getLocale())) + " ");
            what.getStyle().set("font-weight", "600");
            String people = r.parties().stream().map(p -> getTranslation(p.confirmed() ? "collaboration.workspace.party-confirmed"
                            : "collaboration.workspace.party-waiting", p.name()))
                    .collect(Collectors.joining(" · "));
            Span state = new Span(people);
            state.setId("reporting-parties-" + r.windowId());
            state.addClassName("cf-muted");
            card.add(what, state);
            if (r.askedOfMe() && !r.confirmedByMe() && editable) {
                Button confirm = new Button(getTranslation("collaboration.workspace.confirm"), e -> {
                    try {
                        reporting.confirm(r.windowId(), collaborationId);
                        Notices.success(getTranslation("collaboration.workspace.confirmed-notice", r.title()));
                    } catch (InvalidOutcomeException ex) {
                        Notices.error(Messages.of(ex));
                    }
                    showRequests();
                });
                confirm.setId("confirm-reporting-" + r.windowId());
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                card.add(new Div(confirm));
            } else if (r.confirmedByMe()) {
                Span done = new Span(getTranslation("collaboration.workspace.you-confirmed"));
                done.setId("confirmed-reporting-" + r.windowId());
                card.add(new Div(done));
            }
            requestBox.add(card);
        }
    }

    // ---- outcomes ----------------------------------------------------------------------------------------------------

    private Component outcomesTab() {
        outcomeGrid.setId("outcomes-grid");
        outcomeGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        outcomeGrid.addColumn(o -> CollaborationTexts.outcomeType(o.typeCode(), o.typeTitle())).setHeader(getTranslation("collaboration.workspace.type")).setWidth("8rem").setFlexGrow(1);
        outcomeGrid.addColumn(OutcomeSummary::title).setHeader(getTranslation("collaboration.workspace.title")).setWidth("12rem").setFlexGrow(3);
        outcomeGrid.addColumn(o -> o.occurredOn() == null ? getTranslation("collaboration.workspace.no-date")
                        : Dates.day(o.occurredOn(), getLocale()))
                .setHeader(getTranslation("collaboration.workspace.date")).setWidth("7rem").setFlexGrow(0);
        outcomeGrid.addColumn(this::details).setHeader(getTranslation("collaboration.workspace.details")).setWidth("12rem").setFlexGrow(2);
        outcomeGrid.addColumn(o -> o.isPublic() ? getTranslation("collaboration.workspace.public") : "")
                .setHeader(getTranslation("collaboration.workspace.showcase")).setWidth("7rem").setFlexGrow(0);
        if (editable) {
            outcomeGrid.addComponentColumn(o -> actions("outcome", o.id(), () -> openOutcome(o), () -> {
                outcomes.deleteOutcome(o.id());
                refreshOutcomes();
            })).setAutoWidth(true).setFlexGrow(0);
        }
        outcomeGrid.setAllRowsVisible(true);
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        if (editable) {
            Button add = new Button(getTranslation("collaboration.workspace.add-outcome"), e -> openOutcome(null));
            add.setId("add-outcome");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importButton = new Button(getTranslation("collaboration.workspace.import"), e -> new PublicationImportDialog(
                    (name, bytes) -> outcomes.readPublications(collaborationId, name, bytes),
                    confirmed -> outcomes.importPublications(new ImportPublicationsCmd(collaborationId,
                            confirmed.publications(), confirmed.jointPublicPrivate(), confirmed.isPublic())),
                    this::refreshOutcomes).open());
            importButton.setId("import-publications");
            Button orcidButton = new Button(getTranslation("collaboration.orcid.open"), e -> new OrcidImportDialog(
                    orcidImport.myOrcid(), () -> orcidImport.readMyWorks(collaborationId),
                    confirmed -> orcidImport.importWorks(new ImportPublicationsCmd(collaborationId,
                            confirmed.publications(), confirmed.jointPublicPrivate(), confirmed.isPublic())),
                    this::refreshOutcomes).open());
            orcidButton.setId("import-orcid");
            tab.add(new HorizontalLayout(add, importButton, orcidButton));
        }
        tab.add(outcomeGrid);
        return tab;
    }

    private String details(OutcomeSummary o) {
        List<String> parts = new ArrayList<>();
        if (o.doi() != null) {
            parts.add("doi:" + o.doi());
        }
        if (o.venue() != null) {
            parts.add(o.venue());
        }
        if (o.jointPublicPrivate()) {
            parts.add(getTranslation("collaboration.workspace.joint"));
        }
        if (o.openAccess() && "PUBLICATION".equals(o.typeCode())) {
            parts.add(getTranslation("collaboration.workspace.open-access"));
        }
        if (o.amount() != null) {
            String amount = money(o.amount()) + " " + o.currency();
            parts.add((o.funder() == null ? amount : getTranslation("collaboration.workspace.amount-from", amount, o.funder()))
                    + ("EUR".equals(o.currency()) ? "" : " (≈ " + money(o.amountEur()) + " EUR)"));
        }
        return String.join(" · ", parts);
    }

    private String money(java.math.BigDecimal amount) {
        return String.format(getLocale(), "%,.2f", amount);
    }

    private void openOutcome(OutcomeSummary existing) {
        OutcomeForm form = new OutcomeForm(types, clock);
        if (existing != null) {
            form.show(existing);
        }
        Dialog dialog = new Dialog(form);
        dialog.setId("outcome-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "collaboration.workspace.add-outcome" : "collaboration.workspace.edit-outcome"));
        dialog.setWidth("52rem");
        Button save = new Button(getTranslation("collaboration.workspace.save"), e -> form.validated(collaborationId).ifPresentOrElse(cmd -> {
            try {
                if (existing == null) {
                    outcomes.recordOutcome(cmd);
                } else {
                    outcomes.updateOutcome(existing.id(), cmd);
                }
                dialog.close();
                Notices.success(getTranslation("collaboration.workspace.outcome-saved"));
                refreshOutcomes();
            } catch (InvalidOutcomeException ex) {
                Notices.error(Messages.of(ex));
            }
        }, () -> Notices.error(getTranslation("collaboration.workspace.correct-fields"))));
        save.setId("save-outcome");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("collaboration.workspace.dialog-cancel"), e -> dialog.close());
        cancel.setId("cancel-outcome");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    // ---- dissemination -------------------------------------------------------------------------------------------------

    private Component activitiesTab() {
        activityGrid.setId("activities-grid");
        activityGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        activityGrid.addColumn(a -> CollaborationTexts.dissemination(DisseminationCode.ACTIVITY, a.activityCode(), a.activityTitle()))
                .setHeader(getTranslation("collaboration.workspace.type")).setWidth("8rem").setFlexGrow(1);
        activityGrid.addColumn(ActivitySummary::title).setHeader(getTranslation("collaboration.workspace.title")).setWidth("11rem").setFlexGrow(3);
        activityGrid.addColumn(a -> Dates.day(a.occurredOn(), getLocale())).setHeader(getTranslation("collaboration.workspace.date")).setWidth("7rem").setFlexGrow(0);
        activityGrid.addColumn(a -> a.audienceCodes().stream().map(c -> audienceTitles.getOrDefault(c, c))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("collaboration.workspace.audiences")).setWidth("9rem").setFlexGrow(2);
        activityGrid.addColumn(a -> a.audienceSize() == null ? "" : String.format(getLocale(), "%,d", a.audienceSize()))
                .setHeader(getTranslation("collaboration.workspace.people")).setWidth("5rem").setFlexGrow(0);
        activityGrid.addColumn(a -> CollaborationTexts.activityStatus(a.status())).setHeader(getTranslation("collaboration.workspace.activity-status")).setWidth("6.5rem").setFlexGrow(0);
        activityGrid.addColumn(a -> a.isPublic() ? getTranslation("collaboration.workspace.public") : "")
                .setHeader(getTranslation("collaboration.workspace.showcase")).setWidth("7rem").setFlexGrow(0);
        if (editable) {
            activityGrid.addComponentColumn(a -> actions("activity", a.id(), () -> openActivity(a), () -> {
                outcomes.deleteActivity(a.id());
                refreshActivities();
            })).setAutoWidth(true).setFlexGrow(0);
        }
        activityGrid.setAllRowsVisible(true);
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        if (editable) {
            Button add = new Button(getTranslation("collaboration.workspace.add-activity"), e -> openActivity(null));
            add.setId("add-activity");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tab.add(add);
        }
        tab.add(activityGrid);
        return tab;
    }

    private void openActivity(ActivitySummary existing) {
        ActivityForm form = new ActivityForm(outcomes.disseminationCodes(DisseminationCode.ACTIVITY),
                outcomes.disseminationCodes(DisseminationCode.AUDIENCE), outcomes.disseminationCodes(DisseminationCode.REACH), clock);
        if (existing != null) {
            form.show(existing);
        }
        Dialog dialog = new Dialog(form);
        dialog.setId("activity-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "collaboration.workspace.add-activity-title" : "collaboration.workspace.edit-activity"));
        dialog.setWidth("48rem");
        Button save = new Button(getTranslation("collaboration.workspace.save"), e -> form.validated(collaborationId).ifPresentOrElse(cmd -> {
            try {
                if (existing == null) {
                    outcomes.recordActivity(cmd);
                } else {
                    outcomes.updateActivity(existing.id(), cmd);
                }
                dialog.close();
                Notices.success(getTranslation("collaboration.workspace.activity-saved"));
                refreshActivities();
            } catch (InvalidOutcomeException ex) {
                Notices.error(Messages.of(ex));
            }
        }, () -> Notices.error(getTranslation("collaboration.workspace.correct-fields"))));
        save.setId("save-activity");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("collaboration.workspace.dialog-cancel"), e -> dialog.close());
        cancel.setId("cancel-activity");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    // ---- milestones and meetings ---------------------------------------------------------------------------------------

    private Component milestonesTab() {
        milestoneGrid.setId("milestones-grid");
        milestoneGrid.addComponentColumn(m -> {
            Checkbox done = new Checkbox(m.done());
            done.setId("milestone-done-" + m.id());
            done.setEnabled(editable);
            done.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    workspace.markMilestone(m.id(), e.getValue());
                    refreshMilestones();
                }
            });
            return done;
        }).setHeader(getTranslation("collaboration.workspace.done")).setAutoWidth(true);
        milestoneGrid.addColumn(MilestoneEntry::title).setHeader(getTranslation("collaboration.workspace.milestone")).setFlexGrow(3);
        milestoneGrid.addColumn(m -> Dates.day(m.dueOn(), getLocale())).setHeader(getTranslation("collaboration.workspace.due")).setWidth("8rem").setFlexGrow(0);
        milestoneGrid.addColumn(m -> !m.done() && m.dueOn().isBefore(LocalDate.now(clock)) ? getTranslation("collaboration.workspace.overdue") : "").setHeader("").setAutoWidth(true);
        milestoneGrid.setAllRowsVisible(true);
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        if (editable) {
            TextField title = new TextField(getTranslation("collaboration.workspace.new-milestone"));
            title.setId("milestone-title");
            title.setMaxLength(200);
            title.setWidth("28rem");
            DatePicker due = Dates.localise(new DatePicker(getTranslation("collaboration.workspace.due")));
            due.setId("milestone-due");
            Button add = new Button(getTranslation("collaboration.workspace.add-milestone"), e -> {
                try {
                    workspace.addMilestone(new AddMilestoneCmd(collaborationId, title.getValue(), due.getValue()));
                    title.clear();
                    due.clear();
                    refreshMilestones();
                } catch (InvalidOutcomeException ex) {
                    Notices.error(Messages.of(ex));
                }
            });
            add.setId("add-milestone");
            HorizontalLayout row = new HorizontalLayout(title, due, add);
            row.setAlignItems(Alignment.BASELINE);
            tab.add(row);
        }
        tab.add(milestoneGrid);
        return tab;
    }

    private Component meetingsTab() {
        meetingList.setId("meeting-notes");
        meetingList.setPadding(false);
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        if (editable) {
            DatePicker date = Dates.localise(new DatePicker(getTranslation("collaboration.workspace.date")));
            date.setId("meeting-date");
            date.setValue(LocalDate.now(clock));
            TextField attendees = new TextField(getTranslation("collaboration.workspace.attendees"));
            attendees.setId("meeting-attendees");
            attendees.setWidth("28rem");
            TextArea notes = new TextArea(getTranslation("collaboration.workspace.notes"));
            notes.setId("meeting-notes-text");
            notes.setWidthFull();
            notes.setMaxLength(10_000);
            Button add = new Button(getTranslation("collaboration.workspace.add-meeting"), e -> {
                try {
                    workspace.addMeetingNote(new AddMeetingNoteCmd(collaborationId, date.getValue(), attendees.getValue(),
                            notes.getValue()));
                    attendees.clear();
                    notes.clear();
                    refreshMeetings();
                    Notices.success(getTranslation("collaboration.workspace.meeting-added"));
                } catch (InvalidOutcomeException ex) {
                    Notices.error(Messages.of(ex));
                }
            });
            add.setId("add-meeting");
            tab.add(new HorizontalLayout(date, attendees), notes, add);
        }
        tab.add(new H3(getTranslation("collaboration.workspace.notes")), meetingList);
        return tab;
    }

    // ---- shared --------------------------------------------------------------------------------------------------------

    private Component actions(String kind, long id, Runnable edit, Runnable delete) {
        Button editButton = new Button(getTranslation("collaboration.workspace.edit"), e -> edit.run());
        editButton.setId("edit-" + kind + "-" + id);
        editButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button deleteButton = new Button(getTranslation("collaboration.workspace.delete"), e -> {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation("collaboration.workspace.delete"),
                    getTranslation("collaboration.workspace.delete-" + kind + "-question"),
                    getTranslation("collaboration.workspace.delete"), ok -> delete.run());
            dialog.setId("delete-dialog");
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("collaboration.workspace.dialog-cancel"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
        deleteButton.setId("delete-" + kind + "-" + id);
        deleteButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        // one above the other: the columns keep the room
        VerticalLayout buttons = new VerticalLayout(editButton, deleteButton);
        buttons.setPadding(false);
        buttons.setSpacing(false);
        return buttons;
    }

    private void refreshAll() {
        refreshOutcomes();
        refreshActivities();
        refreshMilestones();
        refreshMeetings();
    }

    // a change reloads only the list it changed

    private void refreshOutcomes() {
        outcomeGrid.setItems(outcomes.outcomes(collaborationId));
    }

    private void refreshActivities() {
        activityGrid.setItems(outcomes.activities(collaborationId));
    }

    private void refreshMilestones() {
        milestoneGrid.setItems(workspace.milestones(collaborationId));
    }

    private void refreshMeetings() {
        meetingList.removeAll();
        List<MeetingNoteEntry> notes = workspace.meetingNotes(collaborationId);
        if (notes.isEmpty()) {
            meetingList.add(new Paragraph(getTranslation("collaboration.workspace.no-meetings")));
        }
        for (MeetingNoteEntry m : notes) {
            Div card = new Div();
            card.addClassName("cf-card");
            card.setId("meeting-" + m.id());
            card.setWidthFull();
            card.getStyle().set("box-sizing", "border-box");
            Span when = new Span(Dates.day(m.metOn(), getLocale()) + " · " + m.attendees()
                    + (m.recordedBy() == null ? "" : " · " + getTranslation("collaboration.workspace.noted-by", m.recordedBy())));
            when.addClassName("cf-muted");
            Paragraph text = new Paragraph(m.notes());
            text.getStyle().set("white-space", "pre-line");
            card.add(when, text);
            meetingList.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("collaboration.workspace.page-title");
    }

}
