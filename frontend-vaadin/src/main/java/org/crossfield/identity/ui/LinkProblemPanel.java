package org.crossfield.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.crossfield.identity.LinkProblem;

/** The clear page for a link from an e-mail that cannot be used: what happened and what to do. */
final class LinkProblemPanel extends Div {

    LinkProblemPanel(LinkProblem problem, String whatToDo, String actionText, String actionHref) {
        setId("link-problem");
        addClassName("cf-card");
        setMaxWidth("32rem");
        String which = problem.name().toLowerCase(java.util.Locale.ROOT);
        H2 title = new H2(getTranslation("identity.link." + which + ".title"));
        Paragraph why = new Paragraph(getTranslation("identity.link." + which + ".why"));
        add(title, why, new Paragraph(whatToDo), new Anchor(actionHref, actionText));
    }
}
