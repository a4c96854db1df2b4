package org.crossfield.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
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
import java.util.stream.Collectors;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.InvalidAccountLinkException;
import org.crossfield.identity.InvitationInfo;
import org.crossfield.identity.InvitationService;
import org.crossfield.identity.Roles;

/** Where an invitation e-mail leads: the invited person sees who invited them as what, chooses a password and is in. */
@Route(value = "invitation/:token", autoLayout = false)
@PageTitle("Accept your invitation · Crossfield")
@AnonymousAllowed
public class AcceptInvitationView extends AnonymousPage implements BeforeEnterObserver {

    private final InvitationService invitations;
    private final SessionLogin login;

    public AcceptInvitationView(InvitationService invitations, SessionLogin login) {
        this.invitations = invitations;
        this.login = login;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        InvitationInfo info;
        try {
            info = invitations.invitation(token);
        } catch (InvalidAccountLinkException e) {
            add(new LinkProblemPanel(e.problem(), "Ask the person who invited you, or your organisation's coordinator,"
                    + " to send a new invitation. If you already accepted it, log in.", "Go to the login page", "login"));
            return;
        }
        Div card = new Div();
        card.setId("invitation");
        card.addClassName("cf-card");
        card.setWidth("100%");
        card.setMaxWidth("30rem");
        H2 title = new H2("Welcome, " + info.displayName());
        String roles = info.roles().stream().map(Roles::label).collect(Collectors.joining(", "));
        Paragraph what = new Paragraph("You were invited to Crossfield as " + roles
                + (info.organisationName() == null ? "" : " at " + info.organisationName()) + ". Your login is "
                + info.email() + ". Choose a password to finish.");
        PasswordFields password = new PasswordFields("invitation", info.email(), info.displayName());
        Button accept = new Button("Set password and log in");
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickShortcut(Key.ENTER);
        accept.addClickListener(click -> {
            String chosen = password.value();
            if (chosen == null) {
                return;
            }
            try {
                String email = invitations.accept(token, chosen);
                login.logIn(email);
                UI.getCurrent().getPage().setLocation("./");
            } catch (InvalidAccountException e) {
                password.showServerProblem(String.join(" ", e.problems()));
            } catch (InvalidAccountLinkException e) {
                card.removeAll();
                card.add(new LinkProblemPanel(e.problem(), "Ask for a new invitation.", "Go to the login page", "login"));
            }
        });
        card.add(title, what, password, accept);
        add(card);
        password.focus();
    }
}
