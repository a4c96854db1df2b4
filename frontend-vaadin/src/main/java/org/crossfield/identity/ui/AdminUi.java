package org.crossfield.identity.ui;

import com.vaadin.flow.component.UI;
import java.text.Collator;
import org.crossfield.i18n.Dates;
import org.crossfield.i18n.Messages;
import org.crossfield.i18n.Translations;
import org.crossfield.identity.AccountAction;
import org.crossfield.identity.AccountDetail;
import org.crossfield.identity.AccountEventSummary;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.OrganisationType;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crossfield.identity.AccountStatus;
import org.crossfield.identity.PersonSummary;
import org.crossfield.identity.Roles;

/**
 * What the administration screens share: labels in plain words in the screen's language, a confirmation before an
 * action, a problems box. Role, status, organisation type and account action names come from the {@code identity}
 * bundle; language and country names from the JDK, in the screen's language.
 */
final class AdminUi {

    /** The languages Crossfield writes in, by code. */
    static final List<String> LANGUAGE_CODES = List.of("en", "de", "fr", "nl");

    private AdminUi() {
    }

    /** A text of the {@code identity} bundle in the current screen's language. */
    static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    /** The current screen's language (one Crossfield ships). */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return Translations.supported(ui == null ? null : ui.getLocale());
    }

    /** "de" → "German" in an English screen, "Deutsch" in a German one. */
    static String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale());
        return name.isBlank() ? code : name.substring(0, 1).toUpperCase(locale()) + name.substring(1);
    }

    /** ISO country codes ordered by their names in the screen's language. */
    static List<String> countries() {
        Collator collator = Collator.getInstance(locale());
        return Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(AdminUi::country, collator)).toList();
    }

    /** "NL" → "Netherlands" ("Niederlande" in German); an unknown code stays as it is. */
    static String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.of("", code).getDisplayCountry(locale());
        return name.isBlank() ? code : name;
    }

    /** A role's name in the screen's language: "STUDENT" → "Student". */
    static String role(String role) {
        if (role == null) {
            return "";
        }
        return Roles.isKnown(role) ? t("identity.role." + role) : role;
    }

    static String roles(java.util.Collection<String> roles) {
        return roles == null || roles.isEmpty() ? t("identity.roles.none")
                : Roles.ALL.stream().filter(roles::contains).map(AdminUi::role).collect(Collectors.joining(", "));
    }

    static String type(OrganisationType type) {
        return type == null ? "" : t("identity.organisation-type." + type.name());
    }

    /** Where the person's account is, in words: disabled wins over the life-cycle status. */
    static String status(PersonSummary p) {
        return p.enabled() ? status(p.status()) : t("identity.status.disabled");
    }

    static String status(AccountStatus status) {
        return t("identity.status." + status.name());
    }

    /**
     * A history entry's detail in the screen's language; an entry written before keys were kept (or with a key this
     * version does not know) shows the English text it was stored with.
     */
    static String detail(AccountEventSummary e) {
        String english = e.detail() == null ? "" : e.detail();
        AccountDetail detail = AccountDetail.forKey(e.detailKey()).orElse(null);
        if (detail == null || !Translations.has(e.detailKey()) || e.detailArguments().size() != detail.arguments().size()) {
            return english;
        }
        Object[] words = new Object[detail.arguments().size()];
        for (int i = 0; i < words.length; i++) {
            String value = e.detailArguments().get(i) == null ? "" : e.detailArguments().get(i);
            words[i] = switch (detail.arguments().get(i)) {
                case TEXT -> value;
                case ROLES -> value.isEmpty() ? t("identity.history.no-roles")
                        : Arrays.stream(value.split(",")).map(AdminUi::role).collect(Collectors.joining(", "));
                case ORGANISATION -> value.isEmpty() ? t("identity.history.no-organisation") : value;
            };
        }
        return t(e.detailKey(), words);
    }

    /** A recorded account change in words: "INVITATION_RESENT" → "Invitation resent". */
    static String action(String action) {
        if (action == null || action.isBlank()) {
            return "";
        }
        if (Arrays.stream(AccountAction.values()).anyMatch(a -> a.name().equals(action))) {
            return t("identity.action." + action);
        }
        String words = action.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A moment as date and time in the person's time zone, written as their language does. */
    static String when(Instant instant) {
        return Dates.when(instant, locale());
    }

    /** A refusal's reasons in the screen's language: each with a key translated, the others in English. */
    static List<String> problems(InvalidAccountException e) {
        return e.keyedProblems().stream().map(AdminUi::text).toList();
    }

    /** One reason of a refusal in the screen's language (in English while it has no key); a reason within it too. */
    static String text(InvalidAccountException.Problem problem) {
        String text = problem.key() == null ? null : Messages.text(problem);
        return text == null ? problem.english() : text;
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
        Button cancel = new Button(t("identity.cancel"), e -> dialog.close());
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
