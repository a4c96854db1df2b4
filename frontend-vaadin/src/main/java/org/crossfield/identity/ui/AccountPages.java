package org.crossfield.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** What the registration pages share: a card with a message, the way back to the login page, role names. */
final class AccountPages {

    private AccountPages() {
    }

    static void message(Div card, String id, String title, String... paragraphs) {
        card.removeAll();
        H2 heading = new H2(title);
        heading.setId(id);
        card.add(heading);
        for (String p : paragraphs) {
            card.add(new Paragraph(p));
        }
        card.add(toLogin());
    }

    /** The card the pages' content goes into. */
    static Div card(String id) {
        Div card = new Div();
        card.setId(id);
        card.addClassName("cf-card");
        card.setWidth("100%");
        card.setMaxWidth("30rem");
        return card;
    }

    static RouterLink toLogin() {
        RouterLink login = new RouterLink(AdminUi.t("identity.to-login"), LoginView.class);
        login.setId("to-login");
        return login;
    }

    static String roleLabel(String role) {
        return AdminUi.role(role);
    }
}
