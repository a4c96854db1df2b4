package org.crossfield.marketplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.function.Predicate;
import org.crossfield.marketplace.SavedSearchService;

/**
 * Asks for a saved search's name (and, when saving, whether to be alerted). The view gets the validated values and
 * calls the service; the dialog closes when the view accepts them.
 */
class SaveSearchDialog extends Dialog {

    /** What the form edits. */
    static final class Values {
        private String name = "";
        private boolean alerts = true;

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        boolean isAlerts() {
            return alerts;
        }

        void setAlerts(boolean alerts) {
            this.alerts = alerts;
        }
    }

    record Result(String name, boolean alerts) {
    }

    SaveSearchDialog(String title, String initialName, boolean askForAlerts, Predicate<Result> accept) {
        setHeaderTitle(title);
        setId("save-search-dialog");
        TextField name = new TextField(getTranslation("marketplace.save-search.name"));
        name.setId("saved-search-name");
        name.setWidth("24rem");
        name.setMaxLength(SavedSearchService.MAX_NAME);
        Checkbox alerts = new Checkbox(getTranslation("marketplace.save-search.alerts"));
        alerts.setId("saved-search-alerts");
        alerts.setVisible(askForAlerts);
        Binder<Values> binder = new Binder<>();
        binder.forField(name).asRequired(getTranslation("marketplace.save-search.name-required"))
                .withValidator(new StringLengthValidator(getTranslation("marketplace.save-search.name-too-long", SavedSearchService.MAX_NAME), 1,
                        SavedSearchService.MAX_NAME))
                .bind(Values::getName, Values::setName);
        binder.forField(alerts).bind(Values::isAlerts, Values::setAlerts);
        Values values = new Values();
        values.setName(initialName == null ? "" : initialName);
        binder.readBean(values);
        add(new VerticalLayout(name, alerts));

        Button save = new Button(getTranslation("marketplace.save-search.save"), e -> {
            Values edited = new Values();
            if (binder.writeBeanIfValid(edited) && accept.test(new Result(edited.getName().strip(), edited.isAlerts()))) {
                close();
            }
        });
        save.setId("saved-search-confirm");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("marketplace.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
