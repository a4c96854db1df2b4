package org.crossfield.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.crossfield.identity.InvalidAccountException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * The form side of a list-and-form screen: a title, the reasons a save was refused, the form, Save. A refusal or a
 * concurrent change is explained above the form, which keeps what was typed. Ids: {@code <prefix>-panel},
 * {@code <prefix>-form-title}, {@code <prefix>-problems}, {@code save-<prefix>}, {@code reload-<prefix>}.
 */
class EditorPanel extends VerticalLayout {

    private final H3 title = new H3();
    private final Div problems;
    private final Button reload = new Button(VaadinIcon.REFRESH.create());
    private final String noun;

    /**
     * @param noun     what is edited, in words ("organisation"), in the screen's language
     * @param reloader loads the item as it is saved now, after someone else changed it
     */
    EditorPanel(String prefix, String noun, Component form, Runnable save, Runnable reloader) {
        this.noun = noun;
        problems = AdminUi.problemsBox(prefix + "-problems");
        title.setId(prefix + "-form-title");
        reload.setText(getTranslation("identity.editor.show-their-version"));
        Button saveButton = new Button(getTranslation("identity.save"), VaadinIcon.CHECK.create(), e -> save.run());
        saveButton.setId("save-" + prefix);
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.setId("reload-" + prefix);
        reload.setVisible(false);
        reload.addClickListener(e -> reloader.run());
        setId(prefix + "-panel");
        setPadding(false);
        getStyle().set("flex-shrink", "0").set("overflow", "auto");
        add(title, problems, form, new HorizontalLayout(saveButton, reload));
    }

    /** A new or another item in the form: the old reasons go. */
    void show(String heading) {
        title.setText(heading);
        AdminUi.clearProblems(problems);
        reload.setVisible(false);
    }

    /** Runs a save; when the service refuses it, or someone else saved first, says why here. */
    void attempt(Runnable saving) {
        try {
            saving.run();
        } catch (InvalidAccountException e) {
            AdminUi.showProblems(problems, getTranslation("identity.editor.not-saved-yet"), AdminUi.problems(e));
        } catch (ConcurrencyFailureException e) {
            AdminUi.showProblems(problems, getTranslation("identity.editor.changed-meanwhile", noun), List.of(
                    getTranslation("identity.editor.changed-meanwhile-help", noun)));
            reload.setVisible(true);
        }
    }
}
