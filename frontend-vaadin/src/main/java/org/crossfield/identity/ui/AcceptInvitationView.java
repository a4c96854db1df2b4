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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.InvalidAccountLinkException;
import org.crossfield.identity.InvitationInfo;
import org.crossfield.identity.InvitationService;

/** Where an invitation e-mail leads: the invited person sees who invited them as what, chooses a password and is in. */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
public class AcceptInvitationView extends AnonymousPage implements BeforeEnterObserver, HasDynamicTitle {

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
            add(new LinkProblemPanel(e.problem(), getTranslation("identity.invitation.link-problem"),
                    getTranslation("identity.to-login"), "login"));
            return;
        }
        Div card = new Div();
        card.setId("invitation");
        card.addClassName("cf-card");
        card.setWidth("100%");
        card.setMaxWidth("30rem");
        H2 title = new H2(getTranslation("identity.invitation.welcome", info.displayName()));
        String roles = AdminUi.roles(info.roles());
        Paragraph what = new Paragraph(info.organisationName() == null
                ? getTranslation("identity.invitation.what", roles, info.email())
                : getTranslation("identity.invitation.what-at", roles, info.organisationName(), info.email()));
        PasswordFields password = new PasswordFields("invitation", info.email(), info.displayName());
        Button accept = new Button(getTranslation("identity.invitation.accept"));
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
                password.showServerProblem(String.join(" ", AdminUi.problems(e)));
            } catch (InvalidAccountLinkException e) {
                card.removeAll();
                card.add(new LinkProblemPanel(e.problem(), getTranslation("identity.invitation.ask-new"),
                        getTranslation("identity.to-login"), "login"));
            }
        });
        card.add(title, what, password, accept);
        add(card);
        password.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.invitation.page-title");
    }
}
