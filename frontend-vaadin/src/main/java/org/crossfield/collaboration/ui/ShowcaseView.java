package org.crossfield.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.crossfield.collaboration.DisseminationCode;
import org.crossfield.collaboration.OutcomeService;
import org.crossfield.collaboration.ShowcaseActivity;
import org.crossfield.collaboration.ShowcaseOutcome;
import org.crossfield.collaboration.ShowcaseProgramme;
import org.crossfield.i18n.Dates;

/**
 * The public showcase: what the programmes' collaborations produced, for anyone, without logging in. It lists only
 * outcomes and activities their parties marked public (OutcomeService decides; this view only shows). Outside the main
 * layout, which is for logged-in people.
 */
@Route(value = "showcase/:programmeCode?", autoLayout = false)
@AnonymousAllowed
public class ShowcaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OutcomeService outcomes;

    public ShowcaseView(OutcomeService outcomes) {
        this.outcomes = outcomes;
        setId("showcase");
        setMaxWidth("64rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 brand = new H1(getTranslation("collaboration.showcase.brand"));
        brand.addClassName("cf-brand");
        Paragraph intro = new Paragraph(getTranslation("collaboration.showcase.intro"));
        intro.addClassName("cf-muted");
        add(brand, intro);
        List<ShowcaseProgramme> programmes = outcomes.showcaseProgrammes();
        Optional<String> code = event.getRouteParameters().get("programmeCode");
        if (code.isEmpty()) {
            // the landing page: one card per programme with what its teams shared
            Div cards = new Div();
            cards.setId("showcase-programmes");
            cards.setWidthFull();
            cards.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(18rem, 1fr))")
                    .set("gap", "var(--lumo-space-m)");
            programmes.forEach(p -> cards.add(programmeCard(p)));
            add(programmes.isEmpty() ? new Paragraph(getTranslation("collaboration.showcase.no-programmes")) : cards);
            return;
        }
        HorizontalLayout links = new HorizontalLayout();
        links.setId("showcase-programme-links");
        links.getStyle().set("flex-wrap", "wrap");
        programmes.forEach(p -> {
            Anchor link = new Anchor("showcase/" + p.code(), p.name() + " (" + (p.publicOutcomes() + p.publicActivities()) + ")");
            link.setId("showcase-programme-" + p.code());
            links.add(link);
        });
        add(links);
        Optional<ShowcaseProgramme> programme = programmes.stream().filter(p -> p.code().equals(code.get())).findFirst();
        if (programme.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("collaboration.showcase.unknown", code.get()));
            none.setId("showcase-unknown");
            add(none);
            return;
        }
        H2 title = new H2(programme.get().name());
        title.setId("showcase-title");
        add(title);
        List<ShowcaseOutcome> list = outcomes.showcaseOutcomes(code.get());
        Div outcomeList = new Div();
        outcomeList.setId("showcase-outcomes");
        outcomeList.setWidthFull();
        list.forEach(o -> outcomeList.add(card(o)));
        add(new H3(getTranslation("collaboration.showcase.outcomes")),
                list.isEmpty() ? new Paragraph(getTranslation("collaboration.showcase.no-outcomes")) : outcomeList);
        List<ShowcaseActivity> activities = outcomes.showcaseActivities(code.get());
        Div activityList = new Div();
        activityList.setId("showcase-activities");
        activityList.setWidthFull();
        activities.forEach(a -> activityList.add(card(a)));
        add(new H3(getTranslation("collaboration.showcase.dissemination")),
                activities.isEmpty() ? new Paragraph(getTranslation("collaboration.showcase.no-activities")) : activityList);
    }

    private Component programmeCard(ShowcaseProgramme p) {
        Div card = new Div();
        card.addClassName("cf-card");
        H3 name = new H3(p.name());
        name.getStyle().set("margin-top", "0");
        Paragraph shared = new Paragraph(getTranslation("collaboration.showcase.shared", p.publicOutcomes(), p.publicActivities()));
        shared.addClassName("cf-muted");
        Anchor open = new Anchor("showcase/" + p.code(), getTranslation("collaboration.showcase.see"));
        open.setId("showcase-programme-" + p.code());
        card.add(name, shared, open);
        return card;
    }

    private Component card(ShowcaseOutcome o) {
        Div card = new Div();
        card.setId("showcase-outcome-" + o.id());
        card.addClassName("cf-card");
        card.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        Span type = new Span(CollaborationTexts.outcomeType(o.typeCode(), o.typeTitle())
                + (o.occurredOn() == null ? "" : " · " + Dates.day(o.occurredOn(), getLocale())));
        type.addClassName("cf-muted");
        Div heading = new Div(new Span(o.title()));
        heading.getStyle().set("font-weight", "600");
        card.add(type, heading);
        StringBuilder citation = new StringBuilder();
        if (o.authors() != null) {
            citation.append(o.authors());
        }
        if (o.venue() != null) {
            citation.append(citation.isEmpty() ? "" : ". ").append(o.venue());
        }
        if (o.publicationYear() != null) {
            citation.append(" (").append(o.publicationYear()).append(")");
        }
        if (!citation.isEmpty()) {
            card.add(new Div(new Span(citation.toString())));
        }
        if (o.description() != null) {
            card.add(new Paragraph(o.description()));
        }
        if (o.doi() != null) {
            card.add(new Div(new Anchor("https://doi.org/" + o.doi(), "doi:" + o.doi())));
        } else if (o.url() != null) {
            card.add(new Div(new Anchor(o.url(), o.url())));
        }
        return card;
    }

    private Component card(ShowcaseActivity a) {
        Div card = new Div();
        card.setId("showcase-activity-" + a.id());
        card.addClassName("cf-card");
        card.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        Span type = new Span(CollaborationTexts.dissemination(DisseminationCode.ACTIVITY, a.activityCode(), a.activityTitle())
                + " · " + Dates.day(a.occurredOn(), getLocale()) + " · " + CollaborationTexts.activityStatus(a.status()));
        type.addClassName("cf-muted");
        Div heading = new Div(new Span(a.title()));
        heading.getStyle().set("font-weight", "600");
        card.add(type, heading);
        if (a.evidenceUrl() != null) {
            card.add(new Div(new Anchor(a.evidenceUrl(), a.evidenceUrl())));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("collaboration.showcase.page-title");
    }
}
