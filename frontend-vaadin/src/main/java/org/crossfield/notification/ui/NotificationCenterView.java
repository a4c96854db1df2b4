package org.crossfield.notification.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Translations;
import org.crossfield.identity.Roles;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationEntry;

/** My notifications, newest first; unread ones in bold. Opening one marks it read and goes where it points. */
@Route(NotificationService.CENTRE_ROUTE)
@Menu(order = 80, icon = "vaadin:bell", title = "Notifications")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class NotificationCenterView extends VerticalLayout implements HasDynamicTitle {


    private final NotificationService notifications;
    private final Grid<NotificationEntry> grid = new Grid<>();
    private final Span unread = new Span();

    private final java.time.Clock clock;

    public NotificationCenterView(NotificationService notifications, java.time.Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
        setId("notification-centre");
        setSizeFull();

        unread.setId("unread-summary");
        unread.addClassName("cf-muted");
        Button markAllRead = new Button(getTranslation("notification.centre.mark-all-read"), VaadinIcon.CHECK_SQUARE_O.create(),
                e -> markAllRead());
        markAllRead.setId("mark-all-read");
        HorizontalLayout toolbar = new HorizontalLayout(unread, markAllRead);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("notification-grid");
        grid.addColumn(new ComponentRenderer<>(NotificationCenterView::describe))
                .setHeader(getTranslation("notification.centre.notification")).setFlexGrow(1);
        grid.addColumn(n -> when(n.createdAt(), clock)).setHeader(getTranslation("notification.centre.received")).setAutoWidth(true)
                .setFlexGrow(0).setTooltipGenerator(n -> Dates.when(n.createdAt(), getLocale()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("notification.centre.empty"));
        grid.setItemsPageable(pageable -> notifications.myNotifications(pageable).getContent());
        // opens on selection, not on a click only: Space on a row opens it too (keyboard use)
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                NotificationEntry chosen = e.getValue();
                grid.asSingleSelect().clear();
                open(chosen);
            }
        });
        grid.setSizeFull();

        add(toolbar, grid);
        showUnread();
    }

    /**
     * "Today, 11:14", "Yesterday, 09:02" or "3 December 2026, 11:14": how people say when something came, in the
     * screen's language and the person's time zone.
     */
    static String when(java.time.Instant at, java.time.Clock clock) {
        UI ui = UI.getCurrent();
        Locale locale = Translations.supported(ui == null ? null : ui.getLocale());
        ZoneId zone = Dates.zone();
        var time = at.atZone(zone);
        var today = java.time.LocalDate.now(clock.withZone(zone));
        String hour = DateTimeFormatter.ofPattern("HH:mm", locale).format(time);
        if (ui != null && time.toLocalDate().equals(today)) {
            return ui.getTranslation("notification.centre.today", hour);
        }
        if (ui != null && time.toLocalDate().equals(today.minusDays(1))) {
            return ui.getTranslation("notification.centre.yesterday", hour);
        }
        return Dates.day(time.toLocalDate(), locale) + ", " + hour;
    }

    private static Div describe(NotificationEntry notification) {
        Span title = new Span(notification.title());
        title.getStyle().set("font-weight", notification.unread() ? "700" : "400");
        Span body = new Span(notification.body());
        body.addClassName("cf-muted");
        return new Div(title, new Div(body));
    }

    private void open(NotificationEntry notification) {
        if (notification.unread()) {
            notifications.markRead(notification.id());
            changed();
        }
        if (notification.link() != null) {
            Location target = new Location(notification.link());
            UI.getCurrent().navigate(target.getPath(), target.getQueryParameters());
        }
    }

    private void markAllRead() {
        if (notifications.markAllRead() > 0) {
            changed();
        }
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        showUnread();
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new UnreadCountChangedEvent(ui));
    }

    private void showUnread() {
        long count = notifications.unreadCount();
        unread.setText(count == 0 ? getTranslation("notification.centre.all-read") : getTranslation("notification.centre.unread", count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.notifications");
    }
}
