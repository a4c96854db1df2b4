package org.crossfield.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a person sees when an action fails for a reason the screen did not expect. Forms already explain bad input;
 * this covers the rest, for example a refusal by a service's object-level check, two people saving the same thing at
 * once, the database being away, or a bug. Each gets a sentence instead of a screen that silently does nothing. An
 * unexpected failure is logged with a short reference that the person can quote.
 */
@Component
class ErrorNotifications {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifications.class);

    /** Vaadin's Spring integration publishes the service's start as an application event. */
    @EventListener
    void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        Failure failure = Failure.of(event.getThrowable());
        if (failure == Failure.UNEXPECTED) {
            log.error("Unexpected failure, reference {}", reference, event.getThrowable());
        } else {
            log.info("{} (reference {}): {}", failure, reference, event.getThrowable().toString());
        }
        if (UI.getCurrent() != null) {
            Notification notification = Notification.show(failure.message(reference), 10_000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setId("error-notification");
        }
    }

    /** The kinds of failure a person is told apart. */
    enum Failure {
        NOT_ALLOWED, CHANGED_MEANWHILE, DATABASE_AWAY, UNEXPECTED;

        static Failure of(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof AccessDeniedException) {
                    return NOT_ALLOWED;
                }
                if (t instanceof ConcurrencyFailureException || t instanceof jakarta.persistence.OptimisticLockException) {
                    return CHANGED_MEANWHILE;
                }
                if (t instanceof DataAccessResourceFailureException || isConnectionLost(t)) {
                    return DATABASE_AWAY;
                }
            }
            return UNEXPECTED;
        }

        /**
         * The database is away: no connection could be had for the transaction (the pool timed out, the server refused
         * or dropped it, also in the middle of a transaction). DatabaseOutageIntegrationTest stops the database and checks every failure lands here.
         */
        private static boolean isConnectionLost(Throwable t) {
            return t instanceof org.springframework.transaction.CannotCreateTransactionException
                    // SQLSTATE class 08: connection exception (e.g. the pool's "Connection is closed" on a rollback
                    // after the server went away mid-transaction)
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.net.ConnectException;
        }

        /** The sentence for the person, in the current screen's language (English outside a screen). */
        String message(String reference) {
            String key = switch (this) {
                case NOT_ALLOWED -> "platform.error.not-allowed";
                case CHANGED_MEANWHILE -> "platform.error.changed-meanwhile";
                case DATABASE_AWAY -> "platform.error.database-away";
                case UNEXPECTED -> "platform.error.unexpected";
            };
            UI ui = UI.getCurrent();
            if (ui != null) {
                return ui.getTranslation(key, reference);
            }
            // outside a screen (logs, tests): the English reference text, read directly from the platform bundle
            ResourceBundle english = ResourceBundle.getBundle("vaadin-i18n.platform", Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(english.getString(key), Locale.ENGLISH).format(new Object[] {reference});
        }
    }
}
