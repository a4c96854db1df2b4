package org.crossfield.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.crossfield.Application;
import org.crossfield.competency.ui.FrameworkAdminView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class NavigationAccessTest extends SpringBrowserlessTest {

    private List<String> navigation() {
        SideNav nav = $(SideNav.class).id("main-nav");
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aStudentSeesTheirProfileButNotAdministration() {
        assertThat(navigation()).containsExactly("Dashboard", "My competency profile", "PhD projects", "Find postings", "My saved searches",
                "My project ranking", "My applications", "My collaborations", "Agreements", "Verify a PDF",
                "Notifications", "My account", "My data");
    }

    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void anAdminSeesTheFrameworkButHasNoProfile() {
        assertThat(navigation()).containsExactly("Dashboard", "PhD projects", "Find postings", "My saved searches", "Approvals", "Matching rounds",
                "Student allocation", "Reports", "Verify a PDF", "Notifications", "Invite people", "Waiting for approval",
                "Organisations", "Programmes", "People", "Competency framework", "Agreement templates", "KPI definitions",
                "Outgoing mail", "Audit log", "Privacy", "My account", "My data");
    }

    @Test
    @WithUserDetails("partner@demo.crossfield.org")
    void aPartnerIsRefusedTheAdminView() {
        assertThat(navigation()).containsExactly("Dashboard", "PhD projects", "Find postings", "My saved searches", "My challenges", "Applications",
                "My collaborations", "Agreements", "Verify a PDF", "Notifications", "My account", "My data");
        try {
            navigate(FrameworkAdminView.class);
        } catch (IllegalArgumentException | IllegalStateException expected) {
            // the browserless navigator reports that it did not reach the requested view
        }
        assertThat(getCurrentView()).isNotInstanceOf(FrameworkAdminView.class);
        assertThat($(AccessDeniedView.class).exists()).isTrue();
    }
}
