package org.crossfield.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.util.Optional;
import org.crossfield.identity.CalendarFeedService;

/**
 * "Calendar feed" on My account: the private address of my deadlines for a calendar program. Only a hash of its secret
 * is kept, so the address is shown once, when it is made or reset; resetting (after a confirmation, because the old
 * address stops working for every calendar that uses it) makes a new one.
 */
class CalendarFeedPanel extends VerticalLayout {

    private final CalendarFeedService feeds;
    private final String baseUrl;
    private final Paragraph status = new Paragraph();
    private final VerticalLayout address = new VerticalLayout();
    private final Button reset = new Button();

    CalendarFeedPanel(CalendarFeedService feeds, String baseUrl) {
        this.feeds = feeds;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        setId("calendar-feed");
        setPadding(false);
        Paragraph intro = new Paragraph(getTranslation("calendar.feed.intro"));
        intro.addClassName("cf-muted");
        status.setId("calendar-feed-status");
        address.setId("calendar-feed-address-box");
        address.setPadding(false);
        address.setVisible(false);
        reset.setId("calendar-feed-reset");
        reset.setIcon(VaadinIcon.CALENDAR.create());
        reset.addClickListener(e -> resetClicked());
        add(new H3(getTranslation("calendar.feed.heading")), intro, status, reset, address);
        showStatus();
    }

    private void showStatus() {
        Optional<Instant> since = feeds.myFeedSince();
        status.setText(since.map(s -> getTranslation("calendar.feed.since", org.crossfield.i18n.Dates.when(s, getLocale())))
                .orElseGet(() -> getTranslation("calendar.feed.none")));
        reset.setText(getTranslation(since.isPresent() ? "calendar.feed.reset" : "calendar.feed.create"));
    }

    private void resetClicked() {
        if (feeds.myFeedSince().isEmpty()) {
            make();
            return;
        }
        AdminUi.confirm("calendar-feed-reset", getTranslation("calendar.feed.confirm.question"),
                getTranslation("calendar.feed.confirm.happens") + " " + getTranslation("calendar.feed.confirm.concerns"),
                getTranslation("calendar.feed.confirm.action"), true, this::make);
    }

    private void make() {
        String secret = feeds.resetMyFeed();
        Span url = new Span(baseUrl + "/api/v1/calendar/" + secret + ".ics");
        url.setId("calendar-feed-address");
        url.getStyle().set("font-family", "monospace").set("user-select", "all").set("word-break", "break-all");
        Paragraph once = new Paragraph(getTranslation("calendar.feed.once"));
        once.getStyle().set("font-weight", "600");
        address.removeAll();
        address.add(once, url);
        address.setVisible(true);
        AdminUi.success(getTranslation("calendar.feed.made"));
        showStatus();
    }
}
