package org.crossfield.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The one way Crossfield asks before an action that cannot be undone or that tells other people: what will happen, to
 * whom, and who will be told; the confirm button names the action ("Withdraw application", never "OK"), and nothing
 * happens until it is pressed. Cancel is the safe default. Actions that can be undone stay one click.
 *
 * <pre>{@code
 * Confirmation.of("Withdraw your application?")
 *         .happens("Your application to \"Sepsis\" is withdrawn. You cannot submit it again.")
 *         .concerns("Your application to one project")
 *         .told("The supervisor is told.")
 *         .danger()
 *         .open("Withdraw application", "confirm-withdraw", () -> applications.withdraw(id));
 * }</pre>
 *
 * The screen passes its texts translated; the dialog's own words ("What happens", "Cancel") come from the
 * {@code platform} bundle.
 *
 * Stable ids for tests: the dialog is {@code confirmation} (or the id given), the parts are {@code confirmation-happens},
 * {@code confirmation-concerns} and {@code confirmation-told}, the buttons {@code confirmation-cancel} and the id given.
 */
public final class Confirmation {

    private final String question;
    private String happens;
    private String concerns;
    private String told;
    private String dialogId = "confirmation";
    private boolean danger;
    private final List<Component> extra = new ArrayList<>();

    private Confirmation(String question) {
        this.question = question;
    }

    /** A confirmation whose heading asks the question, e.g. "Make an offer to Ana Silva?". */
    public static Confirmation of(String question) {
        return new Confirmation(question);
    }

    /** What will happen, and whether it can be undone. */
    public Confirmation happens(String text) {
        this.happens = text;
        return this;
    }

    /** Whom or what it concerns (a person, a posting, a round of 40 pairs). */
    public Confirmation concerns(String text) {
        this.concerns = text;
        return this;
    }

    /** Who will be told (by notification and e-mail), or that nobody is. */
    public Confirmation told(String text) {
        this.told = text;
        return this;
    }

    /** Fields the action needs (a reason, a comment); checked by the action itself. */
    public Confirmation with(Component... components) {
        extra.addAll(List.of(components));
        return this;
    }

    /** The action removes or refuses something: the button is red. */
    public Confirmation danger() {
        this.danger = true;
        return this;
    }

    public Confirmation id(String id) {
        this.dialogId = id;
        return this;
    }

    /** Opens the dialog; the action runs once the person presses the named button, and the dialog closes. */
    public Dialog open(String actionLabel, String buttonId, Runnable action) {
        return openChecked(actionLabel, buttonId, () -> {
            action.run();
            return true;
        });
    }

    /**
     * Opens the dialog; the action runs once the person presses the named button. The dialog stays open when the action
     * answers {@code false} (a missing reason, a refusal shown at the field), and closes otherwise.
     */
    public Dialog openChecked(String actionLabel, String buttonId, BooleanSupplier action) {
        Dialog dialog = new Dialog();
        dialog.setId(dialogId);
        dialog.setHeaderTitle(question);
        dialog.setWidth("34rem");
        dialog.setCloseOnOutsideClick(false);
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.setSpacing(false);
        part(body, dialog.getTranslation("platform.confirmation.happens"), happens, "confirmation-happens");
        part(body, dialog.getTranslation("platform.confirmation.concerns"), concerns, "confirmation-concerns");
        part(body, dialog.getTranslation("platform.confirmation.told"), told, "confirmation-told");
        extra.forEach(body::add);
        dialog.add(body);
        Button cancel = new Button(dialog.getTranslation("platform.confirmation.cancel"), e -> dialog.close());
        cancel.setId("confirmation-cancel");
        Button confirm = new Button(actionLabel);
        confirm.setId(buttonId);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.addClickListener(e -> {
            if (action.getAsBoolean()) {
                dialog.close();
            }
        });
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        cancel.focus();
        return dialog;
    }

    private static void part(VerticalLayout body, String label, String text, String id) {
        if (text == null || text.isBlank()) {
            return;
        }
        Span name = new Span(label + ": ");
        name.getStyle().set("font-weight", "600");
        Paragraph p = new Paragraph(name, new Span(text));
        p.setId(id);
        p.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
        body.add(new Div(p));
    }
}
