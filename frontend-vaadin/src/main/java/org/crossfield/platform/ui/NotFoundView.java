package org.crossfield.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.crossfield.identity.Roles;

/**
 * Shown, inside the application's layout, for an address that leads nowhere (a mistyped URL, an old link): the same
 * page whatever the address, with the way back to the dashboard, instead of the framework's bare error page.
 *
 * <p>Two things must let the request get this far. The security filter chain passes any request of a logged-in person
 * on to Vaadin (Vaadin's security configurer would otherwise deny every address that is no route, before Vaadin's
 * router could answer, with the browser's bare "HTTP ERROR 403"; identity.ui.SecurityConfiguration). And Vaadin's
 * navigation access control checks error views like routes: without an access annotation this view would be refused
 * in its turn. It carries the layout's roles, so it is exactly as open as the layout it is shown in.
 */
@ParentLayout(MainLayout.class)
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        setId("not-found");
        H2 title = new H2(getTranslation("layout.not-found.title"));
        title.setId("error-page-title");
        Anchor back = new Anchor("", getTranslation("layout.error.back"));
        back.setId("error-page-back");
        add(title, new Paragraph(getTranslation("layout.not-found.text")), back);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.not-found.title");
    }
}
