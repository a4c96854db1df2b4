package org.crossfield.platform.database;

import io.micrometer.core.instrument.Metrics;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a service's write again when its transaction lost a deadlock or, on MariaDB Galera, a certification conflict at
 * commit: both end the transaction with error 1213 (SQLSTATE 40001) after the database rolled it back entirely, so the
 * whole call can run again as if the person had clicked once more (docs/operations.md, "Clustered databases").
 *
 * <p>Only where that is safe: public methods of {@code @Service} classes that open a write transaction
 * ({@code @Transactional} on the method; the class-level one is read-only), only at the outermost transaction (inside
 * another transaction the caller's transaction is lost and must fail), not for methods that read a stream (it is spent),
 * and at most {@value #ATTEMPTS} times with a short random pause. What a service does besides the database happens
 * after commit (events, the mail outbox, the in-memory indexes) or is undone on rollback (stored files), so nothing is
 * done twice. Ordered before the transaction and method-security interceptors, so each attempt is a new transaction.
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ConflictRetry {

    static final int ATTEMPTS = 3;
    private static final int DEADLOCK = 1213;
    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

    @Around("@within(org.springframework.stereotype.Service) && execution(public * *(..)) "
            + "&& @annotation(org.springframework.transaction.annotation.Transactional)")
    Object retryConflicts(ProceedingJoinPoint call) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive() || readsAStream(call)) {
            return call.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                Metrics.counter("crossfield.db.conflict.retries", "method", call.getSignature().toShortString()).increment();
                log.info("{} lost a deadlock or write conflict (attempt {} of {}); running it again",
                        call.getSignature().toShortString(), attempt, ATTEMPTS);
                Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100) * attempt);
            }
        }
    }

    /** Error 1213 (a deadlock, or Galera's certification conflict, reported the same way) anywhere in the chain. */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            if (t instanceof org.springframework.dao.DeadlockLoserDataAccessException) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsAStream(ProceedingJoinPoint call) {
        return call.getSignature() instanceof MethodSignature method
                && Arrays.stream(method.getParameterTypes()).anyMatch(InputStream.class::isAssignableFrom);
    }
}
