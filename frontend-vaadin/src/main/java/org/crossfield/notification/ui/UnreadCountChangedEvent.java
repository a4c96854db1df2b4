package org.crossfield.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when notifications were marked read without a navigation, so that the bell counts again. */
public class UnreadCountChangedEvent extends ComponentEvent<UI> {

    public UnreadCountChangedEvent(UI ui) {
        super(ui, false);
    }
}
