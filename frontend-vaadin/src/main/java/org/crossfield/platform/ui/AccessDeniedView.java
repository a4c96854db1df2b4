package org.crossfield.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.crossfield.identity.Roles;

/**
 * Shown, inside the application's layout, when a logged-in person opens a view their roles do not allow. Open to every
 * role like the layout (Vaadin checks error views' access too; see {@link NotFoundView}).
 */
@ParentLayout(MainLayout.class)
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    public AccessDeniedView() {
        setId("access-denied");
        H2 title = new H2(getTranslation("layout.denied.title"));
        title.setId("error-page-title");
        Anchor back = new Anchor("", getTranslation("layout.error.back"));
        back.setId("error-page-back");
        add(title, new Paragraph(getTranslation("layout.denied.text")), back);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.denied.title");
    }
}
