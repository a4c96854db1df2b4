package org.crossfield.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.crossfield.notification.NotificationService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The bell in the navigation bar: how many of my notifications are unread, and the way to the notification centre.
 * It counts again after every navigation and when the centre marks notifications read (no server push needed).
 *
 * <p>A navigation bar item of {@code MainLayout} (qualifier {@code "navbar-item"}, {@code MainLayout.NAVBAR_ITEM}):
 * one new bell per layout.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Qualifier("navbar-item")
public class NotificationBell extends Div {

    private final NotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private Registration afterNavigation;
    private Registration unreadChanged;

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setId("notification-bell");
        getStyle().set("position", "relative").set("display", "inline-flex");

        bell.setId("notification-bell-button");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(NotificationCenterView.class)));

        count.setId("notification-count");
        count.addClassName("cf-badge");
        count.getStyle().set("position", "absolute").set("top", "0").set("right", "0").set("pointer-events", "none")
                .set("background", "var(--lumo-error-color)").set("color", "var(--lumo-error-contrast-color)")
                .set("font-weight", "600").set("line-height", "1.5").set("padding", "0 0.4em");
        add(bell, count);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        afterNavigation = ui.addAfterNavigationListener(e -> refresh());
        unreadChanged = ComponentUtil.addListener(ui, UnreadCountChangedEvent.class, e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        afterNavigation.remove();
        unreadChanged.remove();
    }

    private void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String label = unread == 0 ? getTranslation("notification.bell") : getTranslation("notification.bell.unread", unread);
        bell.setAriaLabel(label);
        bell.setTooltipText(label);
    }
}
