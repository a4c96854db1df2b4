package org.crossfield.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Journeys in a real headless Chromium against the real application on the real database. */
class CompetencyProfileJourneyIT extends BrowserJourney {

    @Test
    void aStudentChangesALevelAndFindsItAfterLoggingInAgain() {
        Browser.screenshot(login().driver(), "login");
        Pages.MainLayout layout = login().logInAs("student@demo.crossfield.org", "demo");
        assertThat(layout.currentUser()).isEqualTo("Stella Student");
        Pages.ProfilePage profile = layout.openProfile();
        String target = profile.levelOf("HDS-04").startsWith("4") ? "2 · Professional" : "4 · Lead professional";

        profile.chooseLevel("HDS-04", target).writeEvidence("HDS-04", "Sandbox course on synthetic registry data");
        Browser.screenshot(driver, "student-profile-edited");
        assertThat(profile.save()).contains("Profile saved");

        Pages.MainLayout again = layout.logOut().logInAs("student@demo.crossfield.org", "demo");
        Pages.ProfilePage reloaded = again.openProfile();
        assertThat(reloaded.levelOf("HDS-04")).isEqualTo(target);
        assertThat(reloaded.evidenceOf("HDS-04")).isEqualTo("Sandbox course on synthetic registry data");
    }

    @Test
    void aPartnerIsRefusedTheAdminView() {
        Pages.MainLayout partner = login().logInAs("partner@demo.crossfield.org", "demo");
        assertThat(partner.navigation()).doesNotContain("Competency framework");
        partner.open("admin/framework");
        Browser.screenshot(driver, "partner-refused-admin");
        assertThat(partner.shows("access-denied")).isTrue();
        assertThat(partner.shows("framework-admin")).isFalse();
    }

    @Test
    void everyDemoAccountLogsInToItsOwnDashboardAndNavigation() {
        Map<String, List<String>> expected = Map.of(
                "admin", List.of("Dashboard", "PhD projects", "Find postings", "My saved searches", "Approvals",
                        "Matching rounds", "Student allocation", "Reports", "Verify a PDF", "Notifications",
                        "Invite people", "Waiting for approval", "Organisations", "Programmes", "People",
                        "Competency framework", "Agreement templates", "KPI definitions", "Outgoing mail", "Audit log", "Privacy", "My account", "My data"),
                "coordinator", List.of("Dashboard", "PhD projects", "Find postings", "My saved searches", "Approvals",
                        "Programme applications", "Matching rounds", "Student allocation", "My collaborations",
                        "Reporting windows", "Agreements", "Reports", "Verify a PDF", "Notifications", "Invite people",
                        "Waiting for approval", "My account", "My data"),
                "partner", List.of("Dashboard", "PhD projects", "Find postings", "My saved searches", "My challenges",
                        "Applications", "My collaborations", "Agreements", "Verify a PDF", "Notifications", "My account", "My data"),
                "mentor", List.of("Dashboard", "My competency profile", "PhD projects", "Find postings", "My saved searches",
                        "Applications", "Mentoring", "Match proposals", "My collaborations", "Agreements",
                        "Verify a PDF", "Notifications", "My account", "My data"),
                "supervisor", List.of("Dashboard", "My competency profile", "PhD projects", "Find postings", "My saved searches",
                        "My PhD projects", "Rank students", "Applications", "Match proposals", "My collaborations",
                        "Agreements", "Verify a PDF", "Notifications", "My account", "My data"),
                "student", List.of("Dashboard", "My competency profile", "PhD projects", "Find postings", "My saved searches",
                        "My project ranking", "My applications", "My collaborations", "Agreements", "Verify a PDF",
                        "Notifications", "My account", "My data"));
        expected.forEach((role, navigation) -> {
            Pages.MainLayout layout = login().logInAs(role + "@demo.crossfield.org", "demo");
            assertThat(layout.shows("dashboard")).as(role).isTrue();
            assertThat(layout.navigation()).as(role).containsExactlyElementsOf(navigation);
            Browser.screenshot(driver, "dashboard-" + role);
            layout.logOut();
        });
        layoutForAdmin();
    }

    private void layoutForAdmin() {
        Pages.MainLayout admin = login().logInAs("admin@demo.crossfield.org", "demo");
        admin.open("admin/framework");
        assertThat(admin.shows("competency-grid")).isTrue();
        Browser.screenshot(driver, "admin-framework");
    }
}
