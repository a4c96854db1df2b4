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

    public static Notification error(String text) {
        Notification n = Notification.show(text, ERROR_MS, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }
}
