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
        H2 title = new H2(switch (problem) {
            case UNKNOWN -> "This link is not valid";
            case USED -> "This link has already been used";
            case EXPIRED -> "This link has expired";
        });
        Paragraph why = new Paragraph(switch (problem) {
            case UNKNOWN -> "Check that you opened the whole link from the e-mail; some mail programs cut long links.";
            case USED -> "Each link works once.";
            case EXPIRED -> "Links from Crossfield's e-mails work for a limited time.";
        });
        add(title, why, new Paragraph(whatToDo), new Anchor(actionHref, actionText));
    }
}
