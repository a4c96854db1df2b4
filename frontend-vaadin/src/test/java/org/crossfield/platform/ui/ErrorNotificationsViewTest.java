package org.crossfield.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.crossfield.Application;
import org.crossfield.reporting.ui.DashboardView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Every session gets Crossfield's error handler: a failure no screen expected is told in a sentence. */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class ErrorNotificationsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aRefusalOrAClashIsToldInASentence() {
        navigate(DashboardView.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new RuntimeException(new AccessDeniedException("no"))));
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(ErrorNotifications.Failure.NOT_ALLOWED.message(""));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new CannotAcquireLockException("Deadlock found")));
        assertThat(test($(Notification.class).last()).getText()).startsWith("Someone else changed this at the same moment");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("bug")));
        assertThat(test($(Notification.class).last()).getText()).contains("quote reference");
    }
}
