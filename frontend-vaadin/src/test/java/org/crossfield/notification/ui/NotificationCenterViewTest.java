package org.crossfield.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.crossfield.Application;
import org.crossfield.competency.ui.ProfileView;
import org.crossfield.identity.CurrentUser;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotificationEntry;
import org.crossfield.notification.NotifyCmd;
import org.crossfield.reporting.ui.DashboardView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
@WithUserDetails("mentor@demo.crossfield.org")
class NotificationCenterViewTest extends SpringBrowserlessTest {

    @Autowired
    NotificationService notifications;

    @BeforeEach
    void everythingReadThenOneNewNotification() {
        notifications.markAllRead();
        tell("Your profile was verified", "profile");
    }

    @Test
    void theBellCountsMyUnreadNotificationsAgainOnEveryNavigation() {
        navigate(DashboardView.class);
        assertThat(bellCount()).isEqualTo("1");

        tell("A second one", null);
        assertThat(bellCount()).as("no push: the bell counts on navigation").isEqualTo("1");
        navigate(NotificationCenterView.class);
        assertThat(bellCount()).isEqualTo("2");

        test($(Button.class).id("notification-bell-button")).click();
        assertThat(getCurrentView()).isInstanceOf(NotificationCenterView.class);
    }

    @Test
    void openingANotificationMarksItReadAndGoesWhereItPoints() {
        navigate(NotificationCenterView.class);
        Grid<NotificationEntry> grid = $(Grid.class).id("notification-grid");
        NotificationEntry newest = test(grid).getRow(0);
        assertThat(newest.title()).isEqualTo("Your profile was verified");
        assertThat(boldness(grid, 0)).isEqualTo("700");

        test(grid).select(0);

        assertThat(getCurrentView()).isInstanceOf(ProfileView.class);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(bellCount()).as("no badge once everything is read").isEmpty();
    }

    @Test
    void markAllReadClearsTheBoldfaceAndTheBell() {
        tell("Another one", null);
        navigate(NotificationCenterView.class);
        assertThat($(Span.class).id("unread-summary").getText()).isEqualTo("2 unread notifications.");
        assertThat(bellCount()).isEqualTo("2");

        test($(Button.class).id("mark-all-read")).click();

        assertThat(notifications.unreadCount()).isZero();
        assertThat($(Span.class).id("unread-summary").getText()).isEqualTo("Everything read.");
        assertThat(bellCount()).as("the bell hears about it without a navigation").isEmpty();
        Grid<NotificationEntry> grid = $(Grid.class).id("notification-grid");
        assertThat(boldness(grid, 0)).isEqualTo("400");
        assertThat(getCurrentView()).isInstanceOf(NotificationCenterView.class);
    }

    /** The number on the bell; empty when the badge is hidden (the query sees visible components only). */
    private String bellCount() {
        var badge = $(Span.class).withId("notification-count");
        return badge.exists() ? badge.single().getText() : "";
    }

    private String boldness(Grid<NotificationEntry> grid, int row) {
        Div cell = (Div) test(grid).getCellComponent(row, 0);
        return ((Span) cell.getChildren().findFirst().orElseThrow()).getStyle().get("font-weight");
    }

    private void tell(String title, String link) {
        notifications.notify(new NotifyCmd(List.of(CurrentUser.require().getId()), NotificationTemplates.GENERIC,
                Map.of("title", title, "message", "Details of: " + title), link));
    }
}
