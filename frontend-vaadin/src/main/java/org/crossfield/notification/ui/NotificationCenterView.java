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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.crossfield.identity.Roles;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationEntry;

/** My notifications, newest first; unread ones in bold. Opening one marks it read and goes where it points. */
@Route(NotificationService.CENTRE_ROUTE)
@PageTitle("Notifications")
@Menu(order = 80, icon = "vaadin:bell", title = "Notifications")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class NotificationCenterView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final NotificationService notifications;
    private final Grid<NotificationEntry> grid = new Grid<>();
    private final Span unread = new Span();

    public NotificationCenterView(NotificationService notifications) {
        this.notifications = notifications;
        setId("notification-centre");
        setSizeFull();

        unread.setId("unread-summary");
        unread.addClassName("cf-muted");
        Button markAllRead = new Button("Mark all read", VaadinIcon.CHECK_SQUARE_O.create(), e -> markAllRead());
        markAllRead.setId("mark-all-read");
        HorizontalLayout toolbar = new HorizontalLayout(unread, markAllRead);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("notification-grid");
        grid.addColumn(new ComponentRenderer<>(NotificationCenterView::describe)).setHeader("Notification").setFlexGrow(1);
        grid.addColumn(n -> WHEN.format(n.createdAt())).setHeader("Received").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("You have no notifications yet.");
        grid.setItemsPageable(pageable -> notifications.myNotifications(pageable).getContent());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();

        add(toolbar, grid);
        showUnread();
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
        unread.setText(count == 0 ? "Everything read." : count == 1 ? "1 unread notification." : count + " unread notifications.");
    }
}
