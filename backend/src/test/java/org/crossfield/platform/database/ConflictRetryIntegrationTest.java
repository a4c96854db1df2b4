package org.crossfield.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real deadlock on the database: two writes take two rows in opposite order. The database rolls one of them back with
 * error 1213 (as Galera does with a certification conflict); the loser runs again by itself and both succeed.
 */
@CrossfieldIntegrationTest
@Import(ConflictRetryIntegrationTest.Counter.class)
class ConflictRetryIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Counter counter;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void table() {
        jdbc.execute("create table if not exists conflict_probe (id int primary key, n int not null) engine = InnoDB");
        jdbc.update("delete from conflict_probe");
        jdbc.update("insert into conflict_probe (id, n) values (1, 0), (2, 0)");
        Counter.CALLS.set(0);
    }

    @AfterEach
    void dropTable() {
        jdbc.execute("drop table if exists conflict_probe");
    }

    @Test
    void theWriteThatLostADeadlockRunsAgainAndBothSucceed() throws Exception {
        CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
        // two threads of their own (the common pool may have only one on a small machine)
        try (ExecutorService twoPeople = Executors.newFixedThreadPool(2)) {
            CompletableFuture<Void> forward = CompletableFuture.runAsync(() -> counter.bumpBoth(1, 2, bothHoldTheirFirstRow),
                    twoPeople);
            CompletableFuture<Void> backward = CompletableFuture.runAsync(() -> counter.bumpBoth(2, 1, bothHoldTheirFirstRow),
                    twoPeople);
            CompletableFuture.allOf(forward, backward).get(60, TimeUnit.SECONDS);
        }

        assertThat(Counter.CALLS.get()).as("one of them ran twice").isEqualTo(3);
        assertThat(jdbc.queryForList("select n from conflict_probe order by id", Integer.class))
                .as("each write counted once").containsExactly(2, 2);
    }

    @Test
    void aWriteThatKeepsLosingFailsAfterThreeAttempts() {
        assertThatThrownBy(() -> counter.losesEveryTime()).hasMessageContaining("Deadlock");
        assertThat(Counter.CALLS.get()).isEqualTo(ConflictRetry.ATTEMPTS);
    }

    @Test
    void insideAnotherTransactionTheCallIsNotRetried() {
        // the caller's transaction is lost with it: only the outermost call may run again
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> counter.losesEveryTime()))
                .hasMessageContaining("Deadlock");
        assertThat(Counter.CALLS.get()).isEqualTo(1);
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertThatThrownBy(() -> counter.bumpBoth(1, 99, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Counter.CALLS.get()).isEqualTo(1);
    }

    @Service
    static class Counter {

        static final AtomicInteger CALLS = new AtomicInteger();
        private final JdbcTemplate jdbc;

        Counter(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        public void bumpBoth(int first, int second, CyclicBarrier barrier) {
            int call = CALLS.incrementAndGet();
            jdbc.update("update conflict_probe set n = n + 1 where id = ?", first);
            if (call <= 2 && barrier != null) {
                await(barrier); // the first two calls both hold a row before taking the other: a deadlock
            }
            if (jdbc.update("update conflict_probe set n = n + 1 where id = ?", second) == 0) {
                throw new IllegalArgumentException("no row " + second);
            }
        }

        @Transactional
        public void losesEveryTime() {
            CALLS.incrementAndGet();
            throw new org.springframework.dao.CannotAcquireLockException("Deadlock found",
                    new java.sql.SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
        }

        private static void await(CyclicBarrier barrier) {
            try {
                barrier.await(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
