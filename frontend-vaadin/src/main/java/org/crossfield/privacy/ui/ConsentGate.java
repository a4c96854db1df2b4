package org.crossfield.privacy.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.crossfield.identity.CurrentUser;
import org.crossfield.privacy.ConsentService;
import org.springframework.stereotype.Component;

/**
 * After login, before any other screen: a person who has not accepted the current privacy notice and terms of use is
 * taken to {@link ConsentView} first. The answer is kept in the session once they have (or when nothing is published),
 * so the check costs one query per login.
 */
@Component
class ConsentGate implements VaadinServiceInitListener {

    static final String ACCEPTED = ConsentGate.class.getName() + ".accepted";

    private final ConsentService consents;

    ConsentGate(ConsentService consents) {
        this.consents = consents;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == ConsentView.class || CurrentUser.get().isEmpty()) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && Boolean.TRUE.equals(session.getAttribute(ACCEPTED))) {
            return;
        }
        if (consents.noticeToAccept().isPresent()) {
            event.rerouteTo(ConsentView.class);
        } else if (session != null) {
            session.setAttribute(ACCEPTED, Boolean.TRUE);
        }
    }
}
