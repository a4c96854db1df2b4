package org.crossfield.application.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.LongFunction;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.ApplicationStatus;
import org.crossfield.application.ApplicationSummary;
import org.crossfield.application.InvalidApplicationException;
import org.crossfield.application.PostingType;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Messages;
import org.crossfield.identity.Roles;
import org.crossfield.marketplace.ProjectService;
import org.crossfield.marketplace.ProjectSummary;
import org.crossfield.platform.ui.Confirmation;
import org.crossfield.platform.ui.Notices;
import org.springframework.data.domain.PageRequest;

/** A student's applications with their status (and the reason of a rejection): withdraw, answer an offer, apply. */
@Route("my-applications")
@PageTitle("My applications")
@Menu(order = 27, icon = "vaadin:file-text-o", title = "My applications")
@RolesAllowed(Roles.STUDENT)
public class MyApplicationsView extends VerticalLayout {

    /** The day in the CSV export (English, like its other cells). */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final ApplicationService applications;
    private final Grid<ApplicationSummary> grid = new Grid<>();

    public MyApplicationsView(ApplicationService applications, ProjectService projects) {
        this.applications = applications;
        setId("my-applications");
        ComboBox<ProjectSummary> apply = new ComboBox<>(getTranslation("application.mine.apply-to-project"));
        apply.setId("apply-to-project");
        apply.setWidth("36rem");
        apply.setItemLabelGenerator(ProjectSummary::title);
        apply.setItems(query -> projects.openProjects(null, query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).getContent().stream());
        apply.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                UI.getCurrent().navigate("projects/" + e.getValue().id() + "/apply");
            }
        });

        grid.setId("my-applications-grid");
        grid.addColumn(a -> getTranslation(a.postingType() == PostingType.CHALLENGE ? "application.mine.challenge-title"
                        : "application.mine.project-title", a.postingTitle()))
                .setHeader(getTranslation("application.column.posting")).setFlexGrow(3);
        grid.addColumn(a -> Texts.status(a.status())).setHeader(getTranslation("application.column.status")).setAutoWidth(true);
        grid.addColumn(a -> a.submittedAt() == null ? "" : Dates.day(a.submittedAt().atZone(Dates.zone()).toLocalDate(), getLocale()))
                .setHeader(getTranslation("application.column.submitted")).setAutoWidth(true);
        grid.addColumn(a -> a.rejectionReason() == null ? ""
                : Texts.reason(a.rejectionReason()) + (a.rejectionText() == null ? "" : ": " + a.rejectionText()))
                .setHeader(getTranslation("application.column.reason")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        // long project titles wrap rather than end in "…"
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Paragraph intro = new Paragraph(getTranslation("application.mine.intro"));
        intro.addClassName("cf-muted");
        add(intro, apply, grid);
        refresh();
    }

    private Component actions(ApplicationSummary a) {
        HorizontalLayout actions = new HorizontalLayout();
        boolean challenge = a.postingType() == PostingType.CHALLENGE;
        String told = getTranslation(challenge ? "application.mine.told.challenge" : "application.mine.told.project");
        if (a.status() == ApplicationStatus.DRAFT) {
            Anchor edit = new Anchor(applyRoute(a), getTranslation("application.mine.continue"));
            edit.setId("continue-" + a.id());
            actions.add(edit);
        } else {
            Anchor open = new Anchor(applyRoute(a), getTranslation("application.mine.open"));
            open.setId("open-" + a.id());
            actions.add(open);
        }
        if (a.status().awaitsAnswer()) {
            Button accept = button(getTranslation("application.mine.accept"), "accept-" + a.id(), () -> Confirmation.of(
                    getTranslation("application.mine.accept-question", a.postingTitle()))
                    .happens(getTranslation("application.mine.accept-happens"))
                    .concerns(getTranslation("application.mine.concerns", a.postingTitle()))
                    .told(told)
                    .open(getTranslation("application.mine.accept"), "confirm-accept", () -> run(a.id(), applications::acceptOffer,
                            getTranslation("application.mine.accepted"))));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button decline = button(getTranslation("application.mine.decline"), "decline-" + a.id(), () -> Confirmation.of(
                    getTranslation("application.mine.decline-question", a.postingTitle()))
                    .happens(getTranslation("application.mine.decline-happens"))
                    .concerns(getTranslation("application.mine.concerns", a.postingTitle()))
                    .told(told)
                    .danger()
                    .open(getTranslation("application.mine.confirm-decline"), "confirm-decline", () -> run(a.id(),
                            applications::declineOffer, getTranslation("application.mine.declined"))));
            actions.add(accept, decline);
        }
        if (a.status().canBeWithdrawn()) {
            boolean draft = a.status() == ApplicationStatus.DRAFT;
            Button withdraw = button(getTranslation("application.mine.withdraw"), "withdraw-" + a.id(), () -> Confirmation.of(
                    getTranslation("application.mine.withdraw-question", a.postingTitle()))
                    .happens(getTranslation("application.mine.withdraw-happens"))
                    .concerns(getTranslation("application.mine.concerns", a.postingTitle()))
                    .told(draft ? getTranslation("application.mine.told.nobody") : told)
                    .danger()
                    .open(getTranslation("application.mine.confirm-withdraw"), "confirm-withdraw", () -> run(a.id(),
                            applications::withdraw, getTranslation("application.mine.withdrawn"))));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(withdraw);
        }
        return actions;
    }

    private static String applyRoute(ApplicationSummary a) {
        return (a.postingType() == PostingType.CHALLENGE ? "challenges/" : "projects/") + a.postingId() + "/apply";
    }

    private static Button button(String label, String id, Runnable ask) {
        Button button = new Button(label, e -> ask.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void run(long applicationId, LongFunction<?> action, String done) {
        try {
            action.apply(applicationId);
            Notices.success(done);
        } catch (InvalidApplicationException ex) {
            Notices.error(Messages.of(ex));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(applications.myApplications());
    }
}
