package org.crossfield.platform.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The two short messages every screen shows after an action: it worked, or why it did not. One look and one timing
 * everywhere (bottom right; a refusal stays long enough to read its reason).
 */
public final class Notices {

    private static final int SUCCESS_MS = 4_000;
    private static final int ERROR_MS = 7_000;

    private Notices() {
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, SUCCESS_MS, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    /** A refusal belongs to the screen where it arose: it closes when the person moves to another page. */
    public static Notification error(String text) {
        Notification n = Notification.show(text, ERROR_MS, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null) {
            com.vaadin.flow.shared.Registration[] onNavigation = new com.vaadin.flow.shared.Registration[1];
            // "before leave": a notice shown while a page opens (in its beforeEnter) stays on that page
            onNavigation[0] = ui.addBeforeLeaveListener(event -> {
                n.close();
                onNavigation[0].remove();
            });
            n.addOpenedChangeListener(event -> {
                if (!event.isOpened()) {
                    onNavigation[0].remove();
                }
            });
        }
        return n;
    }
}
