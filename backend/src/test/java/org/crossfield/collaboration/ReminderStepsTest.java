package org.crossfield.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which reminder step is due on a day: the dates are data, the rule is here. */
class ReminderStepsTest {

    private static final List<Integer> STEPS = List.of(14, 7, 1);
    private static final LocalDate DUE = LocalDate.of(2027, 4, 30);
    private static final LocalDate OPENED = LocalDate.of(2027, 3, 1);

    @Test
    void eachStepComesOnItsDayAndStaysUntilTheNext() {
        assertThat(ReportingReminders.stepFor(DUE.minusDays(15), DUE, OPENED, STEPS)).isEmpty();
        assertThat(ReportingReminders.stepFor(DUE.minusDays(14), DUE, OPENED, STEPS)).contains(14);
        assertThat(ReportingReminders.stepFor(DUE.minusDays(8), DUE, OPENED, STEPS)).contains(14);
        assertThat(ReportingReminders.stepFor(DUE.minusDays(7), DUE, OPENED, STEPS)).contains(7);
        assertThat(ReportingReminders.stepFor(DUE.minusDays(3), DUE, OPENED, STEPS)).contains(7);
        assertThat(ReportingReminders.stepFor(DUE.minusDays(1), DUE, OPENED, STEPS)).contains(1);
        assertThat(ReportingReminders.stepFor(DUE, DUE, OPENED, STEPS)).contains(1);
        assertThat(ReportingReminders.stepFor(DUE.plusDays(1), DUE, OPENED, STEPS)).isEmpty();
    }

    @Test
    void stepsBeforeTheWindowOpenedAreSkipped() {
        LocalDate lateOpening = DUE.minusDays(10);
        assertThat(ReportingReminders.stepFor(lateOpening, DUE, lateOpening, STEPS)).isEmpty();
        assertThat(ReportingReminders.stepFor(DUE.minusDays(7), DUE, lateOpening, STEPS)).contains(7);
        assertThat(ReportingReminders.stepFor(DUE.minusDays(7), DUE, DUE.minusDays(7), STEPS)).isEqualTo(Optional.empty());
    }

    @Test
    void theStepsAreConfiguredAsAList() {
        assertThat(ReportingReminders.parse("14, 7,1")).containsExactly(14, 7, 1);
        assertThatThrownBy(() -> ReportingReminders.parse("soon")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ReportingReminders.parse("-1")).isInstanceOf(IllegalStateException.class);
    }
}
