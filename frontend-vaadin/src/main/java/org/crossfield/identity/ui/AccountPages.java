package org.crossfield.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import org.crossfield.identity.InvalidAccountLinkException;
import org.crossfield.identity.Roles;

/** The look of the pages a person sees before they can log in (registration, address confirmation). */
final class AccountPages {

    private AccountPages() {
    }

    /** Centres the page like the login page and returns the card its content goes into. */
    static Div frame(VerticalLayout page) {
        page.addClassName("cf-login-page");
        page.setSizeFull();
        page.setAlignItems(FlexComponent.Alignment.CENTER);
        page.setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        H1 brand = new H1("Crossfield");
        brand.addClassName("cf-brand");
        Div card = new Div();
        card.addClassName("cf-card");
        card.setWidthFull();
        card.setMaxWidth("28rem");
        page.add(brand, card);
        return card;
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

    /** A clear page for a link that is unknown, used or expired (never an error page). */
    static void linkProblem(Div card, InvalidAccountLinkException e, Class<? extends Component> again, String againText) {
        String title = switch (e.problem()) {
            case UNKNOWN -> "This link does not work";
            case USED -> "This link has been used";
            case EXPIRED -> "This link has expired";
        };
        message(card, "link-problem", title, e.getMessage());
        if (again != null) {
            RouterLink link = new RouterLink(againText, again);
            link.setId("start-again");
            card.addComponentAtIndex(2, new Paragraph(link));
        }
    }

    static RouterLink toLogin() {
        RouterLink login = new RouterLink("Go to the login page", LoginView.class);
        login.setId("to-login");
        return login;
    }

    static String roleLabel(String role) {
        return role == null ? "" : Roles.label(role);
    }
}
