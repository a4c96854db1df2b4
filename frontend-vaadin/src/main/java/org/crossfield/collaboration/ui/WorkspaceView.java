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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Notices;
import org.springframework.security.access.AccessDeniedException;

/**
 * A collaboration's workspace: its parties and status, open reporting windows (with the confirm button), outcomes
 * (recorded by hand or imported from BibTeX/RIS), dissemination activities, milestones and meeting notes. Parties
 * change it; coordinators of the programme read it.
 */
@Route("collaborations/:collaborationId")
@PageTitle("Collaboration workspace")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR})
public class WorkspaceView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

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
            Paragraph none = new Paragraph("This collaboration does not exist or is not yours to see.");
            none.setId("workspace-missing");
            add(new H2("No such collaboration"), none, new Anchor("collaborations", "My collaborations"));
            return;
        }
        editable = workspace.canEdit(collaborationId);
        types = outcomes.outcomeTypes();
        audienceTitles = outcomes.disseminationCodes(DisseminationCode.AUDIENCE).stream()
                .collect(Collectors.toMap(DisseminationCode::code, DisseminationCode::title));
        add(header(details));
        requestBox.setId("reporting-requests");
        requestBox.setPadding(false);
        add(requestBox);
        showRequests();

        TabSheet tabs = new TabSheet();
        tabs.setId("workspace-tabs");
        tabs.setWidthFull();
        tabs.add("Outcomes", outcomesTab()).setId("tab-outcomes");
        tabs.add("Dissemination", activitiesTab()).setId("tab-dissemination");
        tabs.add("Milestones", milestonesTab()).setId("tab-milestones");
        tabs.add("Meetings", meetingsTab()).setId("tab-meetings");
        add(tabs);
        refreshAll();
    }

    // ---- header and reporting ----------------------------------------------------------------------------------------

    private Component header(CollaborationDetails d) {
        H2 title = new H2(d.title());
        title.setId("workspace-title");
        List<String> people = new ArrayList<>();
        if (d.student() != null) {
            people.add("Student: " + d.student().name());
        }
        if (d.supervisor() != null) {
            people.add("Supervisor: " + d.supervisor().name());
        }
        if (d.mentor() != null) {
            people.add("Mentor: " + d.mentor().name());
        }
        if (d.partnerOrganisation() != null) {
            people.add("Partner: " + d.partnerOrganisation().name());
        }
        Paragraph who = new Paragraph(d.programmeName() + " · " + String.join(" · ", people));
        who.addClassName("cf-muted");
        Span status = new Span(label(d.status()));
        status.setId("workspace-status");
        status.getElement().getThemeList().add("badge" + (d.status() == CollaborationStatus.ACTIVE ? " success" : " contrast"));
        HorizontalLayout statusRow = new HorizontalLayout(new Span("Status:"), status);
        statusRow.setAlignItems(Alignment.CENTER);
        if (editable && d.status() == CollaborationStatus.ACTIVE) {
            Button complete = new Button("Mark completed", e -> confirmStatus("Mark this collaboration completed?",
                    () -> collaborations.complete(collaborationId)));
            complete.setId("complete-collaboration");
            complete.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button cancel = new Button("Cancel collaboration", e -> confirmStatus("Cancel this collaboration? It cannot be "
                    + "reopened.", () -> collaborations.cancel(collaborationId)));
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
        ConfirmDialog dialog = new ConfirmDialog("Change the status", question, "Yes", e -> {
            try {
                change.get();
                Notices.success("Status changed.");
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (IllegalCollaborationTransitionException ex) {
                Notices.error(ex.getMessage());
            }
        });
        dialog.setCancelable(true);
        dialog.setCancelText("No");
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
            Span what = new Span("Reporting window “" + r.title() + "”, due " + DAY.format(r.dueOn()) + ". ");
            what.getStyle().set("font-weight", "600");
            String people = r.parties().stream().map(p -> p.name() + (p.confirmed() ? " ✓ confirmed" : " – not yet"))
                    .collect(Collectors.joining(" · "));
            Span state = new Span(people);
            state.setId("reporting-parties-" + r.windowId());
            state.addClassName("cf-muted");
            card.add(what, state);
            if (r.askedOfMe() && !r.confirmedByMe() && editable) {
                Button confirm = new Button("Confirm outcomes are complete", e -> {
                    try {
                        reporting.confirm(r.windowId(), collaborationId);
                        Notices.success("Thank you: your outcomes for “" + r.title() + "” are confirmed.");
                    } catch (InvalidOutcomeException ex) {
                        Notices.error(ex.getMessage());
                    }
                    showRequests();
                });
                confirm.setId("confirm-reporting-" + r.windowId());
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                card.add(new Div(confirm));
            } else if (r.confirmedByMe()) {
                Span done = new Span("You have confirmed.");
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
        outcomeGrid.addColumn(OutcomeSummary::typeTitle).setHeader("Type").setWidth("8rem").setFlexGrow(1);
        outcomeGrid.addColumn(OutcomeSummary::title).setHeader("Title").setWidth("12rem").setFlexGrow(3);
        outcomeGrid.addColumn(o -> o.occurredOn() == null ? "No date: Edit to set it" : DAY.format(o.occurredOn()))
                .setHeader("Date").setWidth("7rem").setFlexGrow(0);
        outcomeGrid.addColumn(WorkspaceView::details).setHeader("Details").setWidth("12rem").setFlexGrow(2);
        outcomeGrid.addColumn(o -> o.isPublic() ? "Public" : "").setHeader("Showcase").setWidth("7rem").setFlexGrow(0);
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
            Button add = new Button("Record an outcome", e -> openOutcome(null));
            add.setId("add-outcome");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importButton = new Button("Import publications (BibTeX, RIS, PubMed…)", e -> new PublicationImportDialog(
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

    private static String details(OutcomeSummary o) {
        List<String> parts = new ArrayList<>();
        if (o.doi() != null) {
            parts.add("doi:" + o.doi());
        }
        if (o.venue() != null) {
            parts.add(o.venue());
        }
        if (o.jointPublicPrivate()) {
            parts.add("joint public-private");
        }
        if (o.openAccess() && "PUBLICATION".equals(o.typeCode())) {
            parts.add("open access");
        }
        if (o.amount() != null) {
            parts.add(money(o.amount()) + " " + o.currency() + (o.funder() == null ? "" : " from " + o.funder())
                    + ("EUR".equals(o.currency()) ? "" : " (≈ " + money(o.amountEur()) + " EUR)"));
        }
        return String.join(" · ", parts);
    }

    private static String money(java.math.BigDecimal amount) {
        return String.format(Locale.ENGLISH, "%,.2f", amount);
    }

    private void openOutcome(OutcomeSummary existing) {
        OutcomeForm form = new OutcomeForm(types, clock);
        if (existing != null) {
            form.show(existing);
        }
        Dialog dialog = new Dialog(form);
        dialog.setId("outcome-dialog");
        dialog.setHeaderTitle(existing == null ? "Record an outcome" : "Edit the outcome");
        dialog.setWidth("52rem");
        Button save = new Button("Save", e -> form.validated(collaborationId).ifPresentOrElse(cmd -> {
            try {
                if (existing == null) {
                    outcomes.recordOutcome(cmd);
                } else {
                    outcomes.updateOutcome(existing.id(), cmd);
                }
                dialog.close();
                Notices.success("Outcome saved.");
                refreshOutcomes();
            } catch (InvalidOutcomeException ex) {
                Notices.error(ex.getMessage());
            }
        }, () -> Notices.error("Please correct the marked fields.")));
        save.setId("save-outcome");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId("cancel-outcome");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    // ---- dissemination -------------------------------------------------------------------------------------------------

    private Component activitiesTab() {
        activityGrid.setId("activities-grid");
        activityGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        activityGrid.addColumn(ActivitySummary::activityTitle).setHeader("Type").setWidth("8rem").setFlexGrow(1);
        activityGrid.addColumn(ActivitySummary::title).setHeader("Title").setWidth("11rem").setFlexGrow(3);
        activityGrid.addColumn(a -> DAY.format(a.occurredOn())).setHeader("Date").setWidth("7rem").setFlexGrow(0);
        activityGrid.addColumn(a -> a.audienceCodes().stream().map(c -> audienceTitles.getOrDefault(c, c))
                .collect(Collectors.joining(", "))).setHeader("Audiences").setWidth("9rem").setFlexGrow(2);
        activityGrid.addColumn(a -> a.audienceSize() == null ? "" : String.format(Locale.ENGLISH, "%,d", a.audienceSize()))
                .setHeader("People").setWidth("5rem").setFlexGrow(0);
        activityGrid.addColumn(a -> a.status().label()).setHeader("Status").setWidth("6.5rem").setFlexGrow(0);
        activityGrid.addColumn(a -> a.isPublic() ? "Public" : "").setHeader("Showcase").setWidth("7rem").setFlexGrow(0);
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
            Button add = new Button("Record an activity", e -> openActivity(null));
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
        dialog.setHeaderTitle(existing == null ? "Record a dissemination activity" : "Edit the activity");
        dialog.setWidth("48rem");
        Button save = new Button("Save", e -> form.validated(collaborationId).ifPresentOrElse(cmd -> {
            try {
                if (existing == null) {
                    outcomes.recordActivity(cmd);
                } else {
                    outcomes.updateActivity(existing.id(), cmd);
                }
                dialog.close();
                Notices.success("Activity saved.");
                refreshActivities();
            } catch (InvalidOutcomeException ex) {
                Notices.error(ex.getMessage());
            }
        }, () -> Notices.error("Please correct the marked fields.")));
        save.setId("save-activity");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
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
        }).setHeader("Done").setAutoWidth(true);
        milestoneGrid.addColumn(MilestoneEntry::title).setHeader("Milestone").setFlexGrow(3);
        milestoneGrid.addColumn(m -> DAY.format(m.dueOn())).setHeader("Due").setWidth("8rem").setFlexGrow(0);
        milestoneGrid.addColumn(m -> !m.done() && m.dueOn().isBefore(LocalDate.now(clock)) ? "Overdue" : "").setHeader("").setAutoWidth(true);
        milestoneGrid.setAllRowsVisible(true);
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        if (editable) {
            TextField title = new TextField("New milestone");
            title.setId("milestone-title");
            title.setMaxLength(200);
            title.setWidth("28rem");
            DatePicker due = Dates.localise(new DatePicker("Due"));
            due.setId("milestone-due");
            Button add = new Button("Add milestone", e -> {
                try {
                    workspace.addMilestone(new AddMilestoneCmd(collaborationId, title.getValue(), due.getValue()));
                    title.clear();
                    due.clear();
                    refreshMilestones();
                } catch (InvalidOutcomeException ex) {
                    Notices.error(ex.getMessage());
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
            DatePicker date = Dates.localise(new DatePicker("Date"));
            date.setId("meeting-date");
            date.setValue(LocalDate.now(clock));
            TextField attendees = new TextField("Attendees");
            attendees.setId("meeting-attendees");
            attendees.setWidth("28rem");
            TextArea notes = new TextArea("Notes");
            notes.setId("meeting-notes-text");
            notes.setWidthFull();
            notes.setMaxLength(10_000);
            Button add = new Button("Add meeting notes", e -> {
                try {
                    workspace.addMeetingNote(new AddMeetingNoteCmd(collaborationId, date.getValue(), attendees.getValue(),
                            notes.getValue()));
                    attendees.clear();
                    notes.clear();
                    refreshMeetings();
                    Notices.success("Meeting notes added.");
                } catch (InvalidOutcomeException ex) {
                    Notices.error(ex.getMessage());
                }
            });
            add.setId("add-meeting");
            tab.add(new HorizontalLayout(date, attendees), notes, add);
        }
        tab.add(new H3("Notes"), meetingList);
        return tab;
    }

    // ---- shared --------------------------------------------------------------------------------------------------------

    private Component actions(String kind, long id, Runnable edit, Runnable delete) {
        Button editButton = new Button("Edit", e -> edit.run());
        editButton.setId("edit-" + kind + "-" + id);
        editButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button deleteButton = new Button("Delete", e -> {
            ConfirmDialog dialog = new ConfirmDialog("Delete", "Delete this " + kind + "?", "Delete", ok -> {
                delete.run();
            });
            dialog.setCancelable(true);
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
            meetingList.add(new Paragraph("No meeting notes yet."));
        }
        for (MeetingNoteEntry m : notes) {
            Div card = new Div();
            card.addClassName("cf-card");
            card.setId("meeting-" + m.id());
            card.setWidthFull();
            card.getStyle().set("box-sizing", "border-box");
            Span when = new Span(DAY.format(m.metOn()) + " · " + m.attendees()
                    + (m.recordedBy() == null ? "" : " · noted by " + m.recordedBy()));
            when.addClassName("cf-muted");
            Paragraph text = new Paragraph(m.notes());
            text.getStyle().set("white-space", "pre-line");
            card.add(when, text);
            meetingList.add(card);
        }
    }

    static String label(CollaborationStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case COMPLETED -> "Completed";
            case CANCELLED -> "Cancelled";
        };
    }

}
