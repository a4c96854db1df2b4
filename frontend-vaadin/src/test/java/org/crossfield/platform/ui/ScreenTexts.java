package org.crossfield.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The texts a person reads on the screen a browserless test has open, and the ones that were left in English: the
 * German render tests ({@code *GermanScreensTest}) open each screen with German chosen and fail on an untranslated key
 * marker ({@code !key!}) or on a common English UI word in a label, button, heading, column header, placeholder,
 * helper text or static text. Data (a project's title, a person's name) is English in the demo and is not read:
 * grid rows are not part of the component tree, and the word list holds words of screens, not of research.
 */
public final class ScreenTexts {

    /** Words screens use that are not German words too (whole words, case-sensitive; "Status" or "Filter" are both), and no small words a title of the English demo data holds ("for", "of"). */
    public static final Set<String> ENGLISH_UI_WORDS = Set.of(
            "Save", "Cancel", "Submit", "Withdraw", "Download", "Upload", "Search", "Deadline", "Approve",
            "Reject", "Delete", "Confirm", "Back", "Close", "Edit", "Add", "Remove", "Next",
            "Previous", "Required", "Choose", "Select", "Your", "You", "your",
            "Title", "Description", "Apply", "Applications", "Application", "Open", "Closed", "Draft",
            "Create", "New", "Show", "Hide", "Send", "Sign", "Signed", "Level", "Weight", "Date", "Due",
            "Reports", "Supervisor", "Coordinator", "None", "No", "Yes", "All", "Summary", "Settings", "Language",
            "Projects", "Postings", "Posting", "Round", "Rounds", "Agreement", "Agreements", "Outcome",
            "Outcomes", "Notifications", "Password", "Email", "E-mail", "Reason", "Notes", "Note");

    private static final Pattern MARKER = Pattern.compile("![a-z][\\w.-]*!");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*");
    private static final List<String> PROPERTIES =
            List.of("label", "placeholder", "helperText", "errorMessage", "title", "aria-label", "accessibleName", "header",
                    "headerTitle", "summary");

    private ScreenTexts() {
    }

    /** Every text of the current UI's component tree: text nodes, labels, placeholders, helper texts, column headers. */
    public static List<String> of(UI ui) {
        // The open view (the first of the router chain: the layouts around it are shared and tested on their own) and
        // the dialogs open over it. The view's elements hang under the UI's wrapper element as virtual children, so
        // they are reached through the components, not through ui.getElement().
        List<Component> parts = new ArrayList<>();
        if (!ui.getInternals().getActiveRouterTargetsChain().isEmpty()) {
            parts.add((Component) ui.getInternals().getActiveRouterTargetsChain().getFirst());
        }
        ui.getChildren().flatMap(ScreenTexts::descendants)
                .filter(com.vaadin.flow.component.dialog.Dialog.class::isInstance).forEach(parts::add);
        List<String> texts = new ArrayList<>();
        for (Component part : parts) {
            descendants(part).forEach(c -> {
                collect(c.getElement(), texts);
                if (c instanceof Grid<?> grid) {
                    grid.getColumns().forEach(column -> {
                        if (column.getHeaderText() != null) {
                            texts.add(column.getHeaderText());
                        }
                    });
                }
            });
        }
        List<String> read = texts.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (read.isEmpty()) {
            // a check that read nothing would pass without checking anything
            throw new AssertionError("No text was read from the screen " + parts + ": " + read);
        }
        return read;
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(ScreenTexts::descendants));
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        for (String property : PROPERTIES) {
            String value = element.getProperty(property);
            if (value == null) {
                value = element.getAttribute(property);
            }
            if (value != null) {
                texts.add(value);
            }
        }
        element.getChildren().forEach(child -> collect(child, texts));
    }

    /** The texts of the current screen that are untranslated: a {@code !key!} marker or a common English UI word. */
    public static List<String> untranslated(UI ui) {
        return of(ui).stream().filter(ScreenTexts::isUntranslated).toList();
    }

    /**
     * The untranslated texts of the current screen once the given data (a posting's title, an organisation's or a
     * person's name, English in the demo) is taken out of every text: a screen that reads "Bewerbung: Federated
     * learning for sepsis" is translated; its data is not the screen's to translate.
     */
    public static List<String> untranslated(UI ui, java.util.Collection<String> data) {
        List<String> known = data.stream().filter(d -> d != null && !d.isBlank())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        return of(ui).stream().filter(text -> {
            String rest = text;
            for (String d : known) {
                rest = rest.replace(d, " ");
            }
            return isUntranslated(rest);
        }).toList();
    }

    /**
     * The same for the given parts of the screen only (a view and its open dialogs), so that a feature's test checks its
     * own screen and not the layout around it (menu and header belong to the shared bundle and have their own tests).
     */
    public static List<String> untranslatedIn(java.util.Collection<? extends Component> parts, java.util.Collection<String> data) {
        List<String> texts = new ArrayList<>();
        for (Component part : parts) {
            descendants(part).forEach(c -> {
                collect(c.getElement(), texts);
                if (c instanceof Grid<?> grid) {
                    grid.getColumns().forEach(column -> {
                        if (column.getHeaderText() != null) {
                            texts.add(column.getHeaderText());
                        }
                    });
                }
            });
        }
        List<String> known = data.stream().filter(d -> d != null && !d.isBlank())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        return texts.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().filter(text -> {
            String rest = text;
            for (String d : known) {
                rest = rest.replace(d, " ");
            }
            return isUntranslated(rest);
        }).toList();
    }

    static boolean isUntranslated(String text) {
        if (MARKER.matcher(text).find()) {
            return true;
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (ENGLISH_UI_WORDS.contains(words.group())) {
                return true;
            }
        }
        return false;
    }
}
