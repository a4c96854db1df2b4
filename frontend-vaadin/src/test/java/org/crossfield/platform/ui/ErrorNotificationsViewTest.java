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

    /** Whatever fails, the person reads a sentence: never an exception's class name, package or own message. */
    @Test
    @WithUserDetails("admin@demo.crossfield.org")
    void noExceptionClassNameOrMessageEverReachesThePerson() {
        navigate(DashboardView.class);
        java.util.List<Throwable> failures = java.util.List.of(
                new java.io.UncheckedIOException(new java.io.IOException(
                        "org.apache.commons.csv.CSVException: (startline 5) EOF reached before encapsulated token finished")),
                new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null"),
                new IllegalArgumentException("java.lang.NumberFormatException: For input string: \"x\""),
                new RuntimeException(new AccessDeniedException("Access Denied")),
                new org.springframework.dao.DataAccessResourceFailureException("Communications link failure"),
                new org.springframework.orm.ObjectOptimisticLockingFailureException(Object.class, 1L),
                new StackOverflowError());
        for (Throwable failure : failures) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
            String shown = test($(Notification.class).last()).getText();
            assertThat(shown).as(failure.toString())
                    .doesNotContainPattern("[A-Z][A-Za-z]*(Exception|Error)\\b")
                    .doesNotContainPattern("\\b(java|javax|jakarta|org|com)\\.[a-z]")
                    .doesNotContain("EOF", "Cannot invoke", "For input string", "Communications link", "Access Denied")
                    .endsWith(".");
        }
    }
}
