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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Locale;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Translations;
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
@Menu(order = 95, icon = "vaadin:envelopes-o", title = "Outgoing mail")
@RolesAllowed(Roles.ADMIN)
public class MailboxView extends VerticalLayout implements HasDynamicTitle {

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
        Button sendNow = new Button(getTranslation("notification.mailbox.send-now"), VaadinIcon.PAPERPLANE_O.create(), e -> sendNow());
        sendNow.setId("send-pending");
        HorizontalLayout toolbar = new HorizontalLayout(summary, sendNow);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("mailbox-grid");
        grid.addColumn(OutboxMailSummary::toAddress).setHeader(getTranslation("notification.mailbox.to")).setAutoWidth(true);
        grid.addColumn(OutboxMailSummary::subject).setHeader(getTranslation("notification.mailbox.subject")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("notification.mailbox.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMailSummary::attempts).setHeader(getTranslation("notification.mailbox.attempts")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> when(m.createdAt())).setHeader(getTranslation("notification.mailbox.created")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> when(m.sentAt())).setHeader(getTranslation("notification.mailbox.sent")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("notification.mailbox.empty"));
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
        Notification done = Notification.show(getTranslation("notification.mailbox.report", report.sent(), report.captured(),
                report.retrying(), report.failed()), 5000, Notification.Position.BOTTOM_END);
        done.addThemeVariants(report.retrying() + report.failed() > 0 ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void show(OutboxMailSummary selected) {
        detail.removeAll();
        if (selected == null) {
            Span hint = new Span(getTranslation("notification.mailbox.choose"));
            hint.addClassName("cf-muted");
            detail.add(hint);
            return;
        }
        OutboxMailContent mail = mailbox.mail(selected.id());
        OutboxMailSummary view = mail.mail();
        Div facts = new Div(
                fact(getTranslation("notification.mailbox.to"), view.toAddress()),
                fact(getTranslation("notification.mailbox.subject"), view.subject()),
                fact(getTranslation("notification.mailbox.status"), status(view) + (view.status() == MailStatus.PENDING
                        && view.attempts() > 0 ? " · " + getTranslation("notification.mailbox.next-attempt",
                        when(view.nextAttemptAt())) : "")),
                fact(getTranslation("notification.mailbox.language"), language(mail.locale())),
                fact(getTranslation("notification.mailbox.template"), view.template()),
                fact(getTranslation("notification.mailbox.message-id"), mail.messageId() == null ? "–" : mail.messageId()));
        facts.setId("mail-facts");
        detail.add(facts);
        if (view.lastError() != null) {
            Div error = new Div(new Span(getTranslation("notification.mailbox.last-error", view.lastError())));
            error.setId("mail-error");
            error.addClassName("cf-errors");
            detail.add(error);
        }
        if (view.status() == MailStatus.FAILED) {
            Button retry = new Button(getTranslation("notification.mailbox.retry"), VaadinIcon.REFRESH.create(), e -> {
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
        html.getElement().setAttribute("title", getTranslation("notification.mailbox.html-title"));
        html.setWidthFull();
        html.setHeight("32rem");
        html.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("flex-shrink", "0");
        detail.add(new H4(getTranslation("notification.mailbox.html")), html, new H4(getTranslation("notification.mailbox.plain-text")),
                text);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        grid.asSingleSelect().clear();
        showSummary();
    }

    private void showSummary() {
        MailboxSummary counts = mailbox.summary();
        String delivery = getTranslation("notification.mailbox.delivery." + counts.delivery().name());
        summary.setText(delivery + " " + getTranslation("notification.mailbox.counts", counts.pending(), counts.sending(),
                counts.sent(), counts.failed()));
    }

    private static Div fact(String label, String value) {
        Span name = new Span(label + ": ");
        name.getStyle().set("font-weight", "600");
        return new Div(name, new Span(value == null ? "" : value));
    }

    private String status(OutboxMailSummary mail) {
        String status = getTranslation("notification.mailbox.status." + mail.status().name());
        return mail.transport() == MailTransport.CAPTURED ? getTranslation("notification.mailbox.captured", status) : status;
    }

    private String when(Instant instant) {
        return Dates.when(instant, getLocale());
    }

    /** "de" → "German" in an English screen, "Deutsch" in a German one. */
    private String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Locale screen = Translations.supported(getLocale());
        String name = Locale.forLanguageTag(code).getDisplayLanguage(screen);
        return name.isBlank() ? code : name.substring(0, 1).toUpperCase(screen) + name.substring(1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.mailbox");
    }
}
