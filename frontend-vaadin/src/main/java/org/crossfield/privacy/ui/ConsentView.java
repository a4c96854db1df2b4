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
import java.util.Optional;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Messages;
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
        add(new H2(getTranslation("privacy.consent.heading")));
        add(new Paragraph(getTranslation("privacy.consent.intro", notice.version(),
                Dates.day(notice.publishedAt().atZone(Dates.zone()).toLocalDate(), getLocale()))));
        add(new H3(getTranslation("privacy.consent.notice")), text("consent-notice", notice.noticeText()));
        add(new H3(getTranslation("privacy.consent.terms")), text("consent-terms", notice.termsText()));
        Checkbox read = new Checkbox(getTranslation("privacy.consent.read"));
        read.setId("consent-read");
        Button accept = new Button(getTranslation("privacy.consent.accept"));
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
                Notices.error(Messages.of(ex));
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        Button logout = new Button(getTranslation("privacy.consent.logout"), e -> authentication.logout());
        logout.setId("consent-logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(read, new HorizontalLayout(accept, logout));
        Paragraph later = new Paragraph(getTranslation("privacy.consent.later"));
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
