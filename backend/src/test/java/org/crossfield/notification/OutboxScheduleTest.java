package org.crossfield.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

class OutboxScheduleTest {

    private final OutboxSender sender = mock(OutboxSender.class);
    private final OutboxMonitoring monitoring = new OutboxMonitoring(mock(JdbcTemplate.class));

    private static OutboxSettings settings(boolean scheduling) {
        return new OutboxSettings("Crossfield <noreply@localhost>", scheduling, Duration.ofSeconds(2), 10, 10,
                Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofMinutes(10));
    }

    @Test
    void theSenderRunsEveryPollInterval() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new OutboxSchedule(sender, settings(true), monitoring).configureTasks(registrar);
        assertThat(registrar.getFixedDelayTaskList()).singleElement().satisfies(task -> {
            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(2));
            when(sender.sendDueMails()).thenReturn(SendReport.NOTHING);
            task.getRunnable().run();
        });
        verify(sender).sendDueMails();
    }

    @Test
    void withSchedulingOnTheApplicationRunsTheSenderByItself() {
        when(sender.sendDueMails()).thenReturn(SendReport.NOTHING);
        new ApplicationContextRunner()
                .withUserConfiguration(NotificationConfiguration.class, OutboxSchedule.class)
                .withBean(OutboxSender.class, () -> sender)
                .withBean(OutboxMonitoring.class, () -> monitoring)
                .withPropertyValues("crossfield.mail.poll-interval=50ms")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    verify(sender, timeout(5000).atLeast(2)).sendDueMails();
                });
    }

    @Test
    void switchedOffNothingIsScheduled() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new OutboxSchedule(sender, settings(false), monitoring).configureTasks(registrar);
        assertThat(registrar.getFixedDelayTaskList()).isEmpty();
    }

    @Test
    void aFailingRunIsLoggedAndTheScheduleGoesOn() {
        when(sender.sendDueMails()).thenThrow(new IllegalStateException("database unreachable"));
        new OutboxSchedule(sender, settings(true), monitoring).run();
        verify(sender).sendDueMails();
    }
}
