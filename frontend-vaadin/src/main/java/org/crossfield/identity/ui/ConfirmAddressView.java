package org.crossfield.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.InvalidAccountLinkException;
import org.crossfield.identity.PendingRegistration;
import org.crossfield.identity.RegistrationService;

/** The page the confirmation mail links to: the person confirms their address and chooses a password. */
@Route(value = "register/confirm/:token", autoLayout = false)
@AnonymousAllowed
public class ConfirmAddressView extends AnonymousPage implements BeforeEnterObserver, HasDynamicTitle {

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
        Button confirm = new Button(getTranslation("identity.confirm.submit"), click -> {
            String chosen = password.value();
            if (chosen == null) {
                return;
            }
            try {
                PendingRegistration done = registration.confirm(token, chosen);
                AccountPages.message(card, "address-confirmed", getTranslation("identity.confirm.done.title"),
                        getTranslation("identity.confirm.done.text", AccountPages.roleLabel(done.requestedRole()),
                                done.organisationName()));
            } catch (InvalidAccountException e) {
                password.showServerProblem(String.join(" ", AdminUi.problems(e)));
            } catch (InvalidAccountLinkException e) {
                linkProblem(e);
            }
        });
        confirm.setId("confirm-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        H2 title = new H2(getTranslation("identity.confirm.title"));
        title.setId("confirm-title");
        Paragraph who = new Paragraph(getTranslation("identity.confirm.who", person.displayName(), person.email(),
                AccountPages.roleLabel(person.requestedRole()), person.organisationName()));
        who.setId("confirm-who");
        card.add(title, who, password, confirm);
        password.focus();
    }

    private void linkProblem(InvalidAccountLinkException e) {
        card.setVisible(false);
        if (registration.isOpen()) {
            add(new LinkProblemPanel(e.problem(), getTranslation("identity.confirm.link-problem-open"),
                    getTranslation("identity.confirm.register-again"), "register"));
        } else {
            add(new LinkProblemPanel(e.problem(), getTranslation("identity.confirm.link-problem"),
                    getTranslation("identity.to-login"), "login"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.confirm.page-title");
    }
}
