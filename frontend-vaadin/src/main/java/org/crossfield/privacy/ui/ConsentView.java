package org.crossfield.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.crossfield.identity.Roles;
import org.crossfield.platform.ui.Notices;
import org.crossfield.privacy.ConsentService;
import org.crossfield.privacy.InvalidPrivacyRequestException;
import org.crossfield.privacy.PrivacyNotice;

/**
 * The privacy notice and terms of use to accept after login (outside the main layout: nothing else opens before).
 * Declining means logging out.
 */
@Route(value = "consent", autoLayout = false)
@PageTitle("Privacy notice and terms of use")
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class ConsentView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneId.systemDefault());

    private final ConsentService consents;
    private final AuthenticationContext authentication;

    public ConsentView(ConsentService consents, AuthenticationContext authentication) {
        this.consents = consents;
        this.authentication = authentication;
        setId("consent");
        setMaxWidth("52rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<PrivacyNotice> notice = consents.noticeToAccept();
        if (notice.isEmpty()) {
            VaadinSession.getCurrent().setAttribute(ConsentGate.ACCEPTED, Boolean.TRUE);
            event.forwardTo("");
            return;
        }
        show(notice.get());
    }

    private void show(PrivacyNotice notice) {
        add(new H2("Before you continue"));
        add(new Paragraph("The operator of this Crossfield published version " + notice.version() + " of its privacy notice"
                + " and terms of use on " + DAY.format(notice.publishedAt()) + ". Please read them and accept them to continue."));
        add(new H3("Privacy notice"), text("consent-notice", notice.noticeText()));
        add(new H3("Terms of use"), text("consent-terms", notice.termsText()));
        Checkbox read = new Checkbox("I have read the privacy notice and accept the terms of use");
        read.setId("consent-read");
        Button accept = new Button("Accept and continue");
        accept.setId("consent-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setEnabled(false);
        read.addValueChangeListener(e -> accept.setEnabled(e.getValue()));
        accept.addClickListener(e -> {
            try {
                consents.accept(notice.version());
                VaadinSession.getCurrent().setAttribute(ConsentGate.ACCEPTED, Boolean.TRUE);
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (InvalidPrivacyRequestException ex) {
                Notices.error(ex.getMessage());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        Button logout = new Button("Log out", e -> authentication.logout());
        logout.setId("consent-logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(read, new HorizontalLayout(accept, logout));
        Paragraph later = new Paragraph("The choices about the public showcase and optional e-mails are separate: you make"
                + " them on \"My data\", and can change them at any time.");
        later.addClassName("cf-muted");
        add(later);
    }

    private static Div text(String id, String content) {
        Div div = new Div();
        div.setId(id);
        div.setText(content);
        div.getStyle().set("white-space", "pre-wrap").set("max-height", "40vh").set("overflow-y", "auto")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        div.setWidthFull();
        return div;
    }
}
