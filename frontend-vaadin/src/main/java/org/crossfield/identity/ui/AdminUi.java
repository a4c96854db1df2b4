package org.crossfield.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.crossfield.identity.AccountStatus;
import org.crossfield.identity.PersonSummary;
import org.crossfield.identity.Roles;

/** What the administration screens share: labels in plain words, a confirmation before an action, a problems box. */
final class AdminUi {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /** The languages Crossfield writes in, by code. */
    static final Map<String, String> LANGUAGES = Map.of("en", "English", "de", "German", "fr", "French", "nl", "Dutch");
    static final List<String> LANGUAGE_CODES = List.of("en", "de", "fr", "nl");

    /** ISO country codes ordered by their English names. */
    static final List<String> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .sorted(Comparator.comparing(AdminUi::country)).toList();

    private AdminUi() {
    }

    /** "NL" → "Netherlands"; an unknown code stays as it is. */
    static String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    static String roles(List<String> roles) {
        return roles == null || roles.isEmpty() ? "No roles" : roles.stream().map(Roles::label).collect(Collectors.joining(", "));
    }

    /** Where the person's account is, in words: disabled wins over the life-cycle status. */
    static String status(PersonSummary p) {
        return p.enabled() ? status(p.status()) : "Disabled";
    }

    static String status(AccountStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case INVITED -> "Invited";
            case UNCONFIRMED -> "Address not confirmed";
            case PENDING -> "Waiting for approval";
            case ERASED -> "Erased";
        };
    }

    /** A recorded account change in words: "INVITATION_RESENT" → "Invitation resent". */
    static String action(String action) {
        if (action == null || action.isBlank()) {
            return "";
        }
        String words = action.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /**
     * Asks before an action that tells someone or cannot be undone. The dialog's id is {@code id + "-dialog"}, its
     * button's {@code id + "-confirm"}. The dialog closes before the action runs; the screen shows how it went.
     */
    static Dialog confirm(String id, String title, String text, String actionLabel, boolean dangerous, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setId(id + "-dialog");
        dialog.setHeaderTitle(title);
        Paragraph body = new Paragraph(text);
        body.setId(id + "-text");
        body.setMaxWidth("32rem");
        dialog.add(body);
        Button go = new Button(actionLabel);
        go.setId(id + "-confirm");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (dangerous) {
            go.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        go.setDisableOnClick(true);
        go.addClickListener(e -> {
            dialog.close();
            action.run();
        });
        Button cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId(id + "-cancel");
        dialog.getFooter().add(cancel, go);
        dialog.open();
        return dialog;
    }

    /** The search box above a list: filters as the person types, after a short pause. */
    static TextField searchField(String id, String placeholder, String width) {
        TextField search = new TextField();
        search.setId(id);
        search.setPlaceholder(placeholder);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth(width);
        return search;
    }

    /**
     * The short message after an action, looking and timed as platform.ui.Notices does. Identity's screens cannot use
     * Notices: the platform's layout depends on identity (who is logged in), and the modules must not form a cycle.
     */
    static Notification success(String text) {
        Notification n = Notification.show(text, 4_000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    static Notification error(String text) {
        Notification n = Notification.show(text, 7_000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    /** A box for the reasons a service refused the input; hidden while there are none. */
    static Div problemsBox(String id) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("cf-errors");
        box.setVisible(false);
        return box;
    }

    static void showProblems(Div box, String heading, List<String> problems) {
        box.removeAll();
        if (heading != null) {
            Span title = new Span(heading);
            title.getStyle().set("font-weight", "600");
            box.add(new Div(title));
        }
        problems.forEach(p -> box.add(new Div(new Span(p))));
        box.setVisible(!problems.isEmpty());
    }

    static void clearProblems(Div box) {
        box.removeAll();
        box.setVisible(false);
    }
}
