package org.crossfield.collaboration.ui;

import org.crossfield.i18n.Dates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crossfield.collaboration.CollaborationConfirmations;
import org.crossfield.collaboration.InvalidOutcomeException;
import org.crossfield.collaboration.OpenReportingWindowCmd;
import org.crossfield.collaboration.PartyConfirmation;
import org.crossfield.collaboration.ReportingService;
import org.crossfield.collaboration.ReportingWindowSummary;
import org.crossfield.i18n.Messages;
import org.crossfield.identity.IdentityService;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Notices;

/**
 * A coordinator opens reporting windows for a programme ("Spring 2027 report", due date) and follows them: per
 * collaboration, who has and has not confirmed that its outcomes are complete.
 */
@Route("reporting-windows")
@PageTitle("Reporting windows")
@Menu(order = 46, icon = "vaadin:calendar-clock", title = "Reporting windows")
@RolesAllowed(Roles.COORDINATOR)
public class ReportingWindowsView extends VerticalLayout {

    private final ReportingService reporting;
    private final Select<ProgrammeBrief> programme = new Select<>();
    private final Grid<ReportingWindowSummary> windows = new Grid<>();
    private final Grid<CollaborationConfirmations> confirmations = new Grid<>();
    private final H3 confirmationsTitle = new H3();
    private final Binder<Bean> binder = new Binder<>();

    public ReportingWindowsView(ReportingService reporting, IdentityService identity, Clock clock) {
        this.reporting = reporting;
        setId("reporting-windows");
        List<ProgrammeBrief> programmes = identity.myProgrammes();
        programme.setId("reporting-programme");
        programme.setLabel(getTranslation("collaboration.windows.programme"));
        programme.setItems(programmes);
        programme.setItemLabelGenerator(ProgrammeBrief::name);
        programme.setWidth("26rem");
        programme.addValueChangeListener(e -> refresh(null));

        TextField title = new TextField(getTranslation("collaboration.windows.title"));
        title.setId("window-title");
        title.setPlaceholder(getTranslation("collaboration.windows.title-example"));
        title.setMaxLength(200);
        title.setWidth("22rem");
        DatePicker due = Dates.localise(new DatePicker(getTranslation("collaboration.windows.due-date")));
        due.setId("window-due");
        due.setMin(LocalDate.now(clock).plusDays(1));
        due.setHelperText(getTranslation("collaboration.windows.due-help"));
        binder.forField(title).asRequired(getTranslation("collaboration.windows.title-required")).bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(due).asRequired(getTranslation("collaboration.windows.due-required"))
                .withValidator(d -> d.isAfter(LocalDate.now(clock)), getTranslation("collaboration.windows.due-passed"))
                .bind(b -> b.due, (b, v) -> b.due = v);
        binder.setBean(new Bean());
        Button open = new Button(getTranslation("collaboration.windows.open"), e -> open());
        open.setId("open-window");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(title, due, open);
        form.setAlignItems(Alignment.BASELINE);
        Paragraph intro = new Paragraph(getTranslation("collaboration.windows.intro"));
        intro.addClassName("cf-muted");

        windows.setId("windows-grid");
        windows.addColumn(ReportingWindowSummary::title).setHeader(getTranslation("collaboration.windows.window")).setFlexGrow(2);
        windows.addColumn(w -> Dates.day(w.dueOn(), getLocale())).setHeader(getTranslation("collaboration.windows.due")).setAutoWidth(true);
        windows.addColumn(w -> getTranslation("collaboration.windows.confirmed-of", w.confirmed(), w.parties()))
                .setHeader(getTranslation("collaboration.windows.confirmed")).setAutoWidth(true);
        windows.setAllRowsVisible(true);
        windows.asSingleSelect().addValueChangeListener(e -> showConfirmations(e.getValue()));

        confirmations.setId("confirmations-grid");
        confirmations.addComponentColumn(c -> new Anchor("collaborations/" + c.collaborationId(), c.collaborationTitle()))
                .setHeader(getTranslation("collaboration.windows.collaboration")).setFlexGrow(3);
        for (String role : List.of("STUDENT", "SUPERVISOR", "MENTOR")) {
            confirmations.addComponentColumn(c -> party(c, role)).setHeader(CollaborationTexts.role(role))
                    .setFlexGrow(1);
        }
        confirmations.addColumn(c -> getTranslation(c.complete() ? "collaboration.windows.complete" : "collaboration.windows.waiting")).setHeader("").setAutoWidth(true);
        confirmations.setAllRowsVisible(true);
        confirmations.setVisible(false);
        confirmationsTitle.setVisible(false);
        add(intro, programme, form, windows, confirmationsTitle, confirmations);
        if (!programmes.isEmpty()) {
            programme.setValue(programmes.getFirst());
        }
    }

    private Component party(CollaborationConfirmations c, String role) {
        Optional<PartyConfirmation> p = c.parties().stream().filter(x -> x.role().equals(role)).findFirst();
        if (p.isEmpty()) {
            return new Span("");
        }
        Span span = new Span((p.get().confirmed() ? "✓ " : "✗ ") + p.get().name());
        span.setId("confirmation-" + c.collaborationId() + "-" + role.toLowerCase());
        span.getElement().getThemeList().add("badge" + (p.get().confirmed() ? " success" : " error"));
        return span;
    }

    private void open() {
        var validation = binder.validate();
        if (programme.getValue() == null || !validation.isOk()) {
            // say what is wrong (a past due date is not a missing one)
            List<String> problems = new java.util.ArrayList<>();
            if (programme.getValue() == null) {
                problems.add(getTranslation("collaboration.windows.programme-required"));
            }
            validation.getFieldValidationErrors().forEach(error -> error.getMessage()
                    .ifPresent(m -> problems.add(m.endsWith(".") ? m : m + ".")));
            Notices.error(String.join(" ", problems));
            return;
        }
        Bean b = binder.getBean();
        try {
            ReportingWindowSummary opened = reporting.openWindow(new OpenReportingWindowCmd(programme.getValue().id(), b.title, b.due));
            Notices.success(getTranslation("collaboration.windows.opened", opened.title(), opened.parties()));
            binder.setBean(new Bean());
            refresh(opened.id());
        } catch (InvalidOutcomeException e) {
            Notices.error(Messages.of(e));
        }
    }

    private void refresh(Long select) {
        if (programme.getValue() == null) {
            return;
        }
        List<ReportingWindowSummary> list = reporting.windows(programme.getValue().id());
        windows.setItems(list);
        list.stream().filter(w -> select != null && w.id() == select).findFirst().ifPresentOrElse(windows::select,
                () -> showConfirmations(null));
    }

    private void showConfirmations(ReportingWindowSummary window) {
        confirmations.setVisible(window != null);
        confirmationsTitle.setVisible(window != null);
        if (window != null) {
            confirmationsTitle.setText(getTranslation("collaboration.windows.who-confirmed", window.title()));
            confirmations.setItems(reporting.confirmations(window.id()));
        }
    }

    private static final class Bean {
        String title = "";
        LocalDate due;
    }
}
