package org.crossfield.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The privacy notice to accept at the next login, and the opt-ins that can be withdrawn at any time; all recorded. */
@CrossfieldIntegrationTest
class ConsentServiceIntegrationTest {

    @Autowired
    ConsentService consents;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void theSandboxPublishedANoticeThatTheDemoAccountsAccepted() {
        assertThat(runAs.as(PrivacyFixture.STUDENT, () -> consents.currentNotice())).isPresent();
        for (String who : List.of(PrivacyFixture.STUDENT, PrivacyFixture.ADMIN, PrivacyFixture.PARTNER)) {
            PrivacyChoices choices = runAs.as(who, () -> consents.myChoices());
            assertThat(choices.acceptedVersion()).as(who).isNotNull();
            assertThat(choices.showcase()).as("demo people show their outcomes").isTrue();
        }
    }

    @Test
    void everyoneAcceptsTheCurrentVersionAtTheirNextLogin() {
        // the new version is published in a transaction that is rolled back: other tests (and their logins) keep theirs
        transactions.executeWithoutResult(status -> {
            acceptAtNextLogin();
            status.setRollbackOnly();
        });
    }

    private void acceptAtNextLogin() {
        PrivacyFixture.Person p = new PrivacyFixture(jdbc, null).freshPerson("MENTOR");
        PrivacyNotice current = runAs.as(p.email(), () -> consents.currentNotice()).orElseThrow();
        assertThat(runAs.as(p.email(), () -> consents.noticeToAccept())).contains(current);

        runAs.as(p.email(), () -> consents.accept(current.version()));
        assertThat(runAs.as(p.email(), () -> consents.noticeToAccept())).isEmpty();

        PrivacyNotice next = runAs.as(PrivacyFixture.ADMIN, () -> consents.publish("Notice, revised", "Terms, revised"));
        assertThat(next.version()).isEqualTo(current.version() + 1);
        assertThat(runAs.as(p.email(), () -> consents.noticeToAccept())).as("a new version is asked again")
                .map(PrivacyNotice::version).contains(next.version());
        assertThat(runAs.as(PrivacyFixture.STUDENT, () -> consents.noticeToAccept())).as("the demo student too").isPresent();
        assertThatThrownBy(() -> runAs.as(p.email(), () -> consents.accept(current.version())))
                .as("only the current version can be accepted").isInstanceOf(InvalidPrivacyRequestException.class);
        PrivacyChoices accepted = runAs.as(p.email(), () -> consents.accept(next.version()));
        assertThat(accepted.acceptedVersion()).isEqualTo(next.version());

        assertThat(runAs.as(p.email(), () -> consents.myConsents())).extracting(ConsentEntry::kind, ConsentEntry::noticeVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ConsentKind.PRIVACY_NOTICE, current.version()),
                        org.assertj.core.groups.Tuple.tuple(ConsentKind.PRIVACY_NOTICE, next.version()));
    }

    @Test
    void optInsAreSeparateWithdrawableAndRecorded() {
        PrivacyFixture.Person p = new PrivacyFixture(jdbc, null).freshPerson("STUDENT");
        assertThat(runAs.as(p.email(), () -> consents.myChoices())).isEqualTo(PrivacyChoices.NONE);

        runAs.as(p.email(), () -> consents.setOptIn(ConsentKind.SHOWCASE, true));
        runAs.as(p.email(), () -> consents.setOptIn(ConsentKind.SHOWCASE, true));
        PrivacyChoices both = runAs.as(p.email(), () -> consents.setOptIn(ConsentKind.OPTIONAL_MAIL, true));
        assertThat(both.showcase()).isTrue();
        assertThat(both.optionalMail()).isTrue();
        assertThat(runAs.as(p.email(), () -> consents.wantsOptionalMail(p.id()))).isTrue();
        PrivacyChoices withdrawn = runAs.as(p.email(), () -> consents.setOptIn(ConsentKind.SHOWCASE, false));
        assertThat(withdrawn.showcase()).isFalse();
        assertThat(withdrawn.optionalMail()).isTrue();

        assertThat(runAs.as(p.email(), () -> consents.myConsents())).extracting(ConsentEntry::kind, ConsentEntry::granted)
                .as("a repeated choice is not recorded twice").containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ConsentKind.SHOWCASE, true),
                        org.assertj.core.groups.Tuple.tuple(ConsentKind.OPTIONAL_MAIL, true),
                        org.assertj.core.groups.Tuple.tuple(ConsentKind.SHOWCASE, false));
        assertThatThrownBy(() -> runAs.as(p.email(), () -> consents.setOptIn(ConsentKind.PRIVACY_NOTICE, true)))
                .isInstanceOf(InvalidPrivacyRequestException.class);
    }

    @Test
    void onlyAdministratorsPublishAndNobodyAnonymousRecordsConsent() {
        for (String who : List.of(PrivacyFixture.STUDENT, PrivacyFixture.SUPERVISOR, PrivacyFixture.MENTOR, PrivacyFixture.PARTNER,
                PrivacyFixture.COORDINATOR)) {
            assertThatThrownBy(() -> runAs.as(who, () -> consents.publish("x", "y"))).as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> consents.accept(1)).as("anonymous").isInstanceOf(Exception.class);
        assertThatThrownBy(() -> consents.myChoices()).as("anonymous").isInstanceOf(Exception.class);
        assertThatThrownBy(() -> runAs.as(PrivacyFixture.ADMIN, () -> consents.publish(" ", "terms")))
                .isInstanceOf(InvalidPrivacyRequestException.class);
    }
}
