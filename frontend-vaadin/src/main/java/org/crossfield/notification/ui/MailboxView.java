package org.crossfield.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.crossfield.identity.Roles;
import org.crossfield.notification.MailStatus;
import org.crossfield.notification.MailTransport;
import org.crossfield.notification.MailboxService;
import org.crossfield.notification.MailboxSummary;
import org.crossfield.notification.OutboxMailContent;
import org.crossfield.notification.OutboxMailSummary;
import org.crossfield.notification.SendReport;

/**
 * Outgoing mail for administrators: the outbox, newest first, and each mail as it was (or will be) sent. In demo mode
 * without an SMTP server this is where mail ends up. The HTML is shown in a sandboxed frame, never as part of this
 * page: a mail is content, not the application's markup.
 */
@Route("admin/mailbox")
@PageTitle("Outgoing mail")
@Menu(order = 95, icon = "vaadin:envelopes-o", title = "Outgoing mail")
@RolesAllowed(Roles.ADMIN)
public class MailboxView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final MailboxService mailbox;
    private final Span summary = new Span();
    private final Grid<OutboxMailSummary> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    public MailboxView(MailboxService mailbox) {
        this.mailbox = mailbox;
        setId("mailbox");
        setSizeFull();

        summary.setId("mailbox-summary");
        summary.addClassName("cf-muted");
        Button sendNow = new Button("Send pending mail now", VaadinIcon.PAPERPLANE_O.create(), e -> sendNow());
        sendNow.setId("send-pending");
        HorizontalLayout toolbar = new HorizontalLayout(summary, sendNow);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("mailbox-grid");
        grid.addColumn(OutboxMailSummary::toAddress).setHeader("To").setAutoWidth(true);
        grid.addColumn(OutboxMailSummary::subject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(MailboxView::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMailSummary::attempts).setHeader("Attempts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> when(m.createdAt())).setHeader("Created").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> when(m.sentAt())).setHeader("Sent").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No mail has been written yet.");
        grid.setItemsPageable(pageable -> mailbox.outbox(pageable).getContent());
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        grid.setSizeFull();

        detail.setId("mail-detail");
        detail.setSizeFull();
        detail.getStyle().set("overflow", "auto");
        show(null);

        SplitLayout split = new SplitLayout(grid, detail);
        split.setSizeFull();
        split.setSplitterPosition(55);
        add(toolbar, split);
        setFlexGrow(1, split);
        showSummary();
    }

    private void sendNow() {
        SendReport report = mailbox.sendPendingNow();
        Notification done = Notification.show("Sent " + report.sent() + ", captured " + report.captured() + ", to retry "
                + report.retrying() + ", failed " + report.failed() + ".", 5000, Notification.Position.BOTTOM_END);
        done.addThemeVariants(report.retrying() + report.failed() > 0 ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void show(OutboxMailSummary selected) {
        detail.removeAll();
        if (selected == null) {
            Span hint = new Span("Choose a mail to read it.");
            hint.addClassName("cf-muted");
            detail.add(hint);
            return;
        }
        OutboxMailContent mail = mailbox.mail(selected.id());
        OutboxMailSummary view = mail.mail();
        Div facts = new Div(
                fact("To", view.toAddress()),
                fact("Subject", view.subject()),
                fact("Status", status(view) + (view.status() == MailStatus.PENDING && view.attempts() > 0
                        ? " · next attempt " + when(view.nextAttemptAt()) : "")),
                fact("Language", mail.locale()),
                fact("Template", view.template()),
                fact("Message-ID", mail.messageId() == null ? "–" : mail.messageId()));
        facts.setId("mail-facts");
        detail.add(facts);
        if (view.lastError() != null) {
            Div error = new Div(new Span("Last error: " + view.lastError()));
            error.setId("mail-error");
            error.addClassName("cf-errors");
            detail.add(error);
        }
        if (view.status() == MailStatus.FAILED) {
            Button retry = new Button("Send again", VaadinIcon.REFRESH.create(), e -> {
                mailbox.retry(view.id());
                refresh();
            });
            retry.setId("retry-mail");
            detail.add(retry);
        }
        Pre text = new Pre(mail.textBody());
        text.setId("mail-text");
        text.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        IFrame html = new IFrame();
        html.setId("mail-html");
        html.setSrcdoc(mail.htmlBody());
        // no scripts, no forms, no navigation, and a unique origin: the mail cannot reach this application
        html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        html.getElement().setAttribute("referrerpolicy", "no-referrer");
        html.getElement().setAttribute("title", "The mail as HTML");
        html.setWidthFull();
        html.setHeight("32rem");
        html.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("flex-shrink", "0");
        detail.add(new H4("HTML"), html, new H4("Plain text"), text);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        grid.asSingleSelect().clear();
        showSummary();
    }

    private void showSummary() {
        MailboxSummary counts = mailbox.summary();
        String delivery = switch (counts.delivery()) {
            case SMTP -> "Mail is sent through the SMTP server.";
            case CAPTURE -> "Demo mode: mail is captured here, not sent.";
            case HOLD -> "No SMTP server is configured: mail waits here until one is.";
        };
        summary.setText(delivery + " " + counts.pending() + " pending · " + counts.sending() + " sending · " + counts.sent()
                + " sent · " + counts.failed() + " failed");
    }

    private static Div fact(String label, String value) {
        Span name = new Span(label + ": ");
        name.getStyle().set("font-weight", "600");
        return new Div(name, new Span(value == null ? "" : value));
    }

    private static String status(OutboxMailSummary mail) {
        String status = mail.status().name().toLowerCase(Locale.ROOT);
        return mail.transport() == MailTransport.CAPTURED ? status + " (captured)" : status;
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
