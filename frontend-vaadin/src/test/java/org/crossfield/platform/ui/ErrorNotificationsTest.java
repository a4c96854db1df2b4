package org.crossfield.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossfield.platform.ui.ErrorNotifications.Failure;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Every failure a screen did not expect becomes a sentence; only the unexpected ones carry a reference. */
class ErrorNotificationsTest {

    @Test
    void failuresAreToldApartThroughTheirCauses() {
        assertThat(Failure.of(new AccessDeniedException("no"))).isEqualTo(Failure.NOT_ALLOWED);
        assertThat(Failure.of(new IllegalStateException("wrapped", new AccessDeniedException("no")))).isEqualTo(Failure.NOT_ALLOWED);
        assertThat(Failure.of(new ObjectOptimisticLockingFailureException(Object.class, 1L))).isEqualTo(Failure.CHANGED_MEANWHILE);
        assertThat(Failure.of(new CannotAcquireLockException("Deadlock found when trying to get lock")))
                .isEqualTo(Failure.CHANGED_MEANWHILE);
        assertThat(Failure.of(new RuntimeException(new jakarta.persistence.OptimisticLockException()))).isEqualTo(Failure.CHANGED_MEANWHILE);
        assertThat(Failure.of(new DataAccessResourceFailureException("Communications link failure")))
                .isEqualTo(Failure.DATABASE_AWAY);
        assertThat(Failure.of(new org.springframework.transaction.CannotCreateTransactionException("Could not open JPA "
                + "EntityManager", new java.sql.SQLTransientConnectionException("Connection is not available"))))
                .as("no connection for the transaction: the database is away").isEqualTo(Failure.DATABASE_AWAY);
        assertThat(Failure.of(new org.springframework.orm.jpa.JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new java.sql.SQLException("Connection is closed", "08003")))))
                .as("the server went away in the middle of a transaction").isEqualTo(Failure.DATABASE_AWAY);
        assertThat(Failure.of(new NullPointerException())).isEqualTo(Failure.UNEXPECTED);
    }

    @Test
    void onlyTheUnexpectedOnesAskForTheReference() {
        assertThat(Failure.UNEXPECTED.message("ab12cd34")).contains("quote reference ab12cd34");
        for (Failure f : new Failure[] {Failure.NOT_ALLOWED, Failure.CHANGED_MEANWHILE, Failure.DATABASE_AWAY}) {
            assertThat(f.message("ab12cd34")).doesNotContain("ab12cd34").endsWith(".");
        }
    }
}
