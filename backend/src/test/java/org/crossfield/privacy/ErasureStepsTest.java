package org.crossfield.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crossfield.i18n.Text;
import org.junit.jupiter.api.Test;

/** What carrying out an erasure did, as stored with the request and read back: keys and arguments, or old English. */
class ErasureStepsTest {

    @Test
    void stepsAreReadBackWithTheirKeysArgumentsAndEnglish() {
        List<ErasureStep> done = List.of(
                new ErasureStep("applications", new Text("application.erasure.done-answers",
                        "Answers (4), motivation, reviewers' notes and scores of applications deleted: 2", 4, 2)),
                new ErasureStep("account", new Text("privacy.erasure.account.done", "Name and e-mail address replaced")));
        String note = String.join("\n", done.stream().map(ErasureStep::english).toList());

        List<ErasureStep> read = ErasureRequests.steps(ErasureStatus.CARRIED_OUT, note, ErasureRequests.texts(done));

        assertThat(read).usingRecursiveComparison().isEqualTo(done);
        assertThat(read.getFirst().text().arguments()).containsExactly(4, 2);
        assertThat(read.getFirst().english()).isEqualTo(
                "applications: Answers (4), motivation, reviewers' notes and scores of applications deleted: 2");
    }

    @Test
    void aRequestCarriedOutBeforeKeysWereStoredShowsItsEnglishLines() {
        String note = """
                applications: 1 draft applications deleted
                account: name and e-mail address replaced by the pseudonym; password and sign-in links removed""";

        List<ErasureStep> read = ErasureRequests.steps(ErasureStatus.CARRIED_OUT, note, null);

        assertThat(read).usingRecursiveFieldByFieldElementComparator().containsExactly(
                new ErasureStep("applications", new Text(null, "1 draft applications deleted")),
                new ErasureStep("account", new Text(null, "name and e-mail address replaced by the pseudonym; password and"
                        + " sign-in links removed")));
    }

    @Test
    void aDeclinedRequestsReasonIsNoStep() {
        assertThat(ErasureRequests.steps(ErasureStatus.DECLINED, "We must keep the data: an open dispute", null)).isEmpty();
        assertThat(ErasureRequests.texts(List.of())).isNull();
    }
}
