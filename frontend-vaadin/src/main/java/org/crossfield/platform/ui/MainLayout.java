package org.crossfield.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import java.util.HashMap;
import java.util.Map;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The frame around every view: navigation lists only the views the current person may open
 * (Vaadin filters {@code @Menu} entries by their access annotations), and who is logged in.
 */
@Layout
@RolesAllowed({Roles.STUDENT, Roles.SUPERVISOR, Roles.MENTOR, Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /**
     * The qualifier of components that features put at the right end of the navigation bar (e.g. the notification
     * bell): prototype-scoped Spring beans of type {@link Component}. They are looked up rather than imported, so that
     * the platform does not depend on the features' UI packages (module boundaries, docs/architecture.md).
     */
    public static final String NAVBAR_ITEM = "navbar-item";

    private final Span viewTitle = new Span();
    /** The English menu titles and their translation keys, for the page header of the view shown. */
    private final Map<String, String> titleKeys = new HashMap<>();

    public MainLayout(AuthenticationContext authentication, @Qualifier(NAVBAR_ITEM) ObjectProvider<Component> navbarItems) {
        setPrimarySection(Section.DRAWER);

        Span brand = new Span("Crossfield");
        brand.addClassNames("cf-brand");
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("padding", "var(--lumo-space-m)");

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String key = menuKey(entry.path());
            titleKeys.put(entry.title(), key);
            SideNavItem item = new SideNavItem(getTranslation(key), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }

        VerticalLayout footer = new VerticalLayout();
        footer.setPadding(true);
        footer.setSpacing(false);
        authentication.getAuthenticatedUser(CrossfieldUser.class).ifPresent(user -> {
            Span name = new Span(user.getDisplayName());
            name.setId("current-user");
            name.getStyle().set("font-weight", "600");
            // role names are identity's texts (identity.role.*), looked up by key: no dependency on identity's screens
            Span roles = new Span(user.getRoles().stream().sorted().map(r -> getTranslation("identity.role." + r))
                    .collect(Collectors.joining(", ")));
            roles.addClassName("cf-muted");
            Span organisation = new Span(user.getOrganisationName() == null ? "" : user.getOrganisationName());
            organisation.addClassName("cf-muted");
            Button logout = new Button(getTranslation("layout.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            footer.add(name, roles, organisation, logout);
        });

        Div drawer = new Div(brand, nav);
        // a long menu (administrators) scrolls on its own, so the name and "Log out" below it stay in sight
        drawer.getStyle().set("overflow-y", "auto").set("min-height", "0");
        drawer.setWidthFull();
        VerticalLayout drawerContent = new VerticalLayout(drawer, footer);
        drawerContent.setPadding(false);
        drawerContent.setSizeFull();
        drawerContent.setFlexGrow(1, drawer);
        drawerContent.setSpacing(false);
        footer.getStyle().set("flex-shrink", "0");
        addToDrawer(drawerContent);

        viewTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        viewTitle.setId("view-title");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), viewTitle);
        navbarItems.orderedStream().forEach(navbar::add);
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.setWidthFull();
        navbar.expand(viewTitle);
        navbar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(navbar);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String header = MenuConfiguration.getPageHeader(getContent()).orElse("");
        viewTitle.setText(titleKeys.containsKey(header) ? getTranslation(titleKeys.get(header)) : header);
    }

    /** The translation key of a menu entry: {@code menu.} and its path, slashes as dots ({@code menu.dashboard} for ""). */
    public static String menuKey(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return "menu." + (p.isEmpty() ? "dashboard" : p.replace('/', '.'));
    }
}
