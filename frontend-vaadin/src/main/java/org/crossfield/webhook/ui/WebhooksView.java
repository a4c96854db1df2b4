package org.crossfield.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Messages;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Confirmation;
import org.crossfield.webhook.CreateWebhookCmd;
import org.crossfield.webhook.InvalidWebhookException;
import org.crossfield.webhook.NewWebhook;
import org.crossfield.webhook.WebhookDeliveryStatus;
import org.crossfield.webhook.WebhookDeliverySummary;
import org.crossfield.webhook.WebhookEventType;
import org.crossfield.webhook.WebhookService;
import org.crossfield.webhook.WebhookSummary;

/**
 * "Integrations" of My account for partners and coordinators: webhook subscriptions (docs/api.md, "Webhooks"). A URL
 * and the events it wants; the signing secret is shown once; each subscription shows its last delivery and, on demand,
 * its deliveries with status and error; deleting asks first.
 */
@Route("account/webhooks")
@RolesAllowed({Roles.PARTNER, Roles.COORDINATOR})
public class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    private final WebhookService webhooks;
    private final VerticalLayout list = new VerticalLayout();
    private final TextField url = new TextField();
    private final CheckboxGroup<WebhookEventType> events = new CheckboxGroup<>();
    private final Div problem = new Div();
    private final Div created = new Div();
    private final Grid<WebhookDeliverySummary> deliveries = new Grid<>();
    private final H3 deliveriesTitle = new H3();
    private WebhookSummary shown;

    public WebhooksView(WebhookService webhooks) {
        this.webhooks = webhooks;
        setId("webhooks");
        setMaxWidth("72rem");
        Paragraph intro = new Paragraph(getTranslation("webhook.intro"));
        intro.addClassName("cf-muted");
        Anchor docs = new Anchor("/swagger-ui.html", getTranslation("webhook.docs"));
        docs.setRouterIgnore(true);

        url.setLabel(getTranslation("webhook.url"));
        url.setId("webhook-url");
        url.setPlaceholder("https://hr.example.org/crossfield-events");
        url.setMaxLength(500);
        url.setWidth("28rem");
        events.setLabel(getTranslation("webhook.events"));
        events.setId("webhook-events");
        events.setItems(WebhookEventType.values());
        events.setItemLabelGenerator(this::label);
        Button create = new Button(getTranslation("webhook.create"), e -> create());
        create.setId("create-webhook");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(url, events, create);
        form.setPadding(false);

        problem.setId("webhook-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        created.setId("new-webhook-box");
        created.setVisible(false);

        list.setId("webhook-list");
        list.setPadding(false);
        list.setSpacing(false);

        deliveries.setId("webhook-deliveries");
        deliveries.addColumn(d -> d.eventType()).setHeader(getTranslation("webhook.delivery.event")).setAutoWidth(true);
        deliveries.addColumn(d -> d.objectType().toLowerCase(Locale.ROOT) + " " + d.objectId())
                .setHeader(getTranslation("webhook.delivery.object")).setAutoWidth(true);
        deliveries.addColumn(d -> when(d.createdAt())).setHeader(getTranslation("webhook.delivery.created")).setAutoWidth(true);
        deliveries.addColumn(d -> status(d.status())).setHeader(getTranslation("webhook.delivery.status")).setAutoWidth(true);
        deliveries.addColumn(WebhookDeliverySummary::attempts).setHeader(getTranslation("webhook.delivery.attempts")).setAutoWidth(true);
        deliveries.addColumn(d -> d.lastStatusCode() == null ? "" : String.valueOf(d.lastStatusCode()))
                .setHeader(getTranslation("webhook.delivery.http")).setAutoWidth(true);
        deliveries.addColumn(d -> d.lastError() == null ? "" : d.lastError()).setHeader(getTranslation("webhook.delivery.error"))
                .setFlexGrow(1);
        deliveries.addComponentColumn(this::sendAgainButton).setKey("send-again").setAutoWidth(true).setFlexGrow(0);
        deliveries.setAllRowsVisible(true);
        deliveries.setVisible(false);
        deliveriesTitle.setVisible(false);

        add(intro, docs, new H3(getTranslation("webhook.new")), form, problem, created,
                new H3(getTranslation("webhook.yours")), list, deliveriesTitle, deliveries);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhook.title");
    }

    private void create() {
        problem.setVisible(false);
        try {
            NewWebhook made = webhooks.create(new CreateWebhookCmd(url.getValue(), events.getValue().isEmpty()
                    ? EnumSet.noneOf(WebhookEventType.class) : EnumSet.copyOf(events.getValue())));
            created.removeAll();
            Paragraph once = new Paragraph(getTranslation("webhook.secret-once"));
            once.getStyle().set("font-weight", "600");
            Span secret = new Span(made.secret());
            secret.setId("new-webhook-secret");
            secret.getStyle().set("font-family", "monospace").set("user-select", "all").set("word-break", "break-all");
            created.add(once, secret);
            created.setVisible(true);
            url.clear();
            events.clear();
            Notification.show(getTranslation("webhook.created"));
            refresh();
        } catch (InvalidWebhookException e) {
            problem.setText(Messages.of(e));
            problem.setVisible(true);
        }
    }

    private void delete(WebhookSummary s) {
        webhooks.delete(s.id());
        created.setVisible(false);
        created.removeAll();
        deliveries.setVisible(false);
        deliveriesTitle.setVisible(false);
        Notification.show(getTranslation("webhook.deleted"));
        refresh();
    }

    /** For a delivery given up on: try it again, after saying what will happen (the receiving system is told). */
    private Button sendAgainButton(WebhookDeliverySummary d) {
        Button again = new Button(getTranslation("webhook.send-again"), e -> Confirmation
                .of(getTranslation("webhook.send-again.question"))
                .happens(getTranslation("webhook.send-again.happens"))
                .concerns(d.eventType() + " · " + when(d.createdAt()))
                .told(getTranslation("webhook.send-again.told"))
                .open(getTranslation("webhook.send-again.action"), "confirm-send-again", () -> sendAgain(d)));
        again.setId("send-again-" + d.id());
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        again.setVisible(d.status() == WebhookDeliveryStatus.FAILED);
        return again;
    }

    private void sendAgain(WebhookDeliverySummary d) {
        try {
            webhooks.sendAgain(shown.id(), d.id());
            Notification.show(getTranslation("webhook.sent-again"));
        } catch (InvalidWebhookException e) {
            Notification.show(Messages.of(e));
        }
        deliveries.setItems(webhooks.deliveries(shown.id()));
        refresh();
    }

    private void showDeliveries(WebhookSummary s) {
        shown = s;
        deliveriesTitle.setText(getTranslation("webhook.deliveries-of", s.url()));
        deliveriesTitle.setVisible(true);
        deliveries.setItems(webhooks.deliveries(s.id()));
        deliveries.setVisible(true);
    }

    /** One line per subscription: URL, events, last delivery, and buttons for its deliveries and to delete it. */
    private void refresh() {
        list.removeAll();
        List<WebhookSummary> mine = webhooks.mySubscriptions();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("webhook.none")));
        }
        for (WebhookSummary s : mine) {
            Span what = new Span(s.url());
            what.getStyle().set("font-weight", "600").set("word-break", "break-all");
            String last = s.lastStatus() == null ? getTranslation("webhook.last.none")
                    : getTranslation("webhook.last", status(s.lastStatus()), when(s.lastAttemptAt()))
                    + (s.lastError() == null ? "" : " — " + s.lastError());
            Span details = new Span(s.eventTypes().stream().collect(Collectors.joining(", ")) + " · " + last);
            details.addClassName("cf-muted");
            Button show = new Button(getTranslation("webhook.show-deliveries"), e -> showDeliveries(s));
            show.setId("webhook-deliveries-" + s.id());
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button delete = new Button(getTranslation("webhook.delete"), e -> Confirmation
                    .of(getTranslation("webhook.delete.question"))
                    .happens(getTranslation("webhook.delete.happens"))
                    .concerns(s.url())
                    .told(getTranslation("webhook.delete.told"))
                    .danger()
                    .open(getTranslation("webhook.delete.action"), "confirm-delete-webhook", () -> delete(s)));
            delete.setId("delete-webhook-" + s.id());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(what, details, show, delete);
            row.setId("webhook-" + s.id());
            row.setAlignItems(Alignment.BASELINE);
            row.setWrap(true);
            list.add(row);
        }
    }

    private String label(WebhookEventType type) {
        return getTranslation("webhook.event." + type.wireName());
    }

    private String status(WebhookDeliveryStatus status) {
        return getTranslation("webhook.status." + status.name().toLowerCase(Locale.ROOT));
    }

    private String when(Instant instant) {
        return instant == null ? "" : Dates.when(instant, getLocale());
    }
}
