package org.crossfield.identity.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Objects;
import org.crossfield.identity.PasswordPolicy;

/**
 * A new password typed twice, checked as the server checks it (length, common passwords) while the person types; the
 * server checks again on save. The policy's reasons carry keys, so they are shown in the screen's language.
 */
class PasswordFields extends VerticalLayout {

    private final PasswordField password = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final String email;
    private final String name;

    PasswordFields(String idPrefix, String email, String name) {
        this.email = email;
        this.name = name;
        setPadding(false);
        setSpacing(false);
        password.setLabel(getTranslation("identity.password.new"));
        again.setLabel(getTranslation("identity.password.again"));
        password.setId(idPrefix + "-password");
        again.setId(idPrefix + "-password-again");
        password.setHelperText(getTranslation("identity.password.help", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        again.setWidthFull();
        password.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
        password.addValueChangeListener(e -> validate(false));
        add(password, again);
    }

    /** The password, or null after marking what is wrong. */
    String value() {
        return validate(true) ? password.getValue() : null;
    }

    void focus() {
        password.focus();
    }

    void showServerProblem(String problem) {
        password.setErrorMessage(problem);
        password.setInvalid(true);
    }

    private boolean validate(boolean both) {
        String problem = PasswordPolicy.refusal(password.getValue(), email, name).map(AdminUi::text).orElse(null);
        password.setErrorMessage(problem);
        password.setInvalid(problem != null);
        if (!both) {
            return problem == null;
        }
        boolean same = Objects.equals(password.getValue(), again.getValue());
        again.setErrorMessage(same ? null : getTranslation("identity.password.not-the-same"));
        again.setInvalid(!same);
        return problem == null && same;
    }
}
