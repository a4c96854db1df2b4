package org.crossfield.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.InvalidAccountLinkException;
import org.crossfield.identity.PendingRegistration;
import org.crossfield.identity.RegistrationService;

/** The page the confirmation mail links to: the person confirms their address and chooses a password. */
@Route(value = "register/confirm/:token", autoLayout = false)
@PageTitle("Confirm your address · Crossfield")
@AnonymousAllowed
public class ConfirmAddressView extends AnonymousPage implements BeforeEnterObserver {

    private final RegistrationService registration;
    private final Div card;

    public ConfirmAddressView(RegistrationService registration) {
        this.registration = registration;
        this.card = AccountPages.card("address-confirmation");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getChildren().filter(LinkProblemPanel.class::isInstance).toList().forEach(this::remove);
        card.removeAll();
        card.setVisible(true);
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            show(token, registration.confirmation(token));
        } catch (InvalidAccountLinkException e) {
            linkProblem(e);
        }
    }

    private void show(String token, PendingRegistration person) {
        PasswordFields password = new PasswordFields("confirm", person.email(), person.displayName());
        Button confirm = new Button("Confirm my address", click -> {
            String chosen = password.value();
            if (chosen == null) {
                return;
            }
            try {
                PendingRegistration done = registration.confirm(token, chosen);
                AccountPages.message(card, "address-confirmed", "Your address is confirmed",
                        "Your request to be " + AccountPages.roleLabel(done.requestedRole()) + " at "
                                + done.organisationName() + " now waits for approval by its coordinator or an"
                                + " administrator. You get an e-mail when you can log in.");
            } catch (InvalidAccountException e) {
                password.showServerProblem(String.join(" ", e.problems()));
            } catch (InvalidAccountLinkException e) {
                linkProblem(e);
            }
        });
        confirm.setId("confirm-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        H2 title = new H2("Confirm your address");
        title.setId("confirm-title");
        Paragraph who = new Paragraph(person.displayName() + ", " + person.email() + ": you asked to be "
                + AccountPages.roleLabel(person.requestedRole()) + " at " + person.organisationName() + ". Choose a"
                + " password to confirm your address.");
        who.setId("confirm-who");
        card.add(title, who, password, confirm);
        password.focus();
    }

    private void linkProblem(InvalidAccountLinkException e) {
        card.setVisible(false);
        if (registration.isOpen()) {
            add(new LinkProblemPanel(e.problem(), "Register again to get a new link. If you already confirmed your"
                    + " address, wait for the e-mail that tells you it was approved.", "Register again", "register"));
        } else {
            add(new LinkProblemPanel(e.problem(), "If you already confirmed your address, wait for the e-mail that tells"
                    + " you it was approved.", "Go to the login page", "login"));
        }
    }
}
