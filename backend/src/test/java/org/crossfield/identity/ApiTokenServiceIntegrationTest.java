package org.crossfield.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Personal access tokens: made, kept hashed, listed, used, revoked, expired; and who may do what with them. */
@CrossfieldIntegrationTest
class ApiTokenServiceIntegrationTest {

    static final String PARTNER = "partner@demo.crossfield.org";
    static final List<String> OTHERS = List.of("student@demo.crossfield.org", "supervisor@demo.crossfield.org",
            "mentor@demo.crossfield.org", "coordinator@demo.crossfield.org", "admin@demo.crossfield.org");

    @Autowired
    ApiTokenService tokens;
    @Autowired
    ApiTokens authentication;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    NewApiToken make(String email, String name, Set<ApiTokenScope> scopes) {
        return runAs.as(email, () -> tokens.create(new CreateApiTokenCmd(name, today().plusDays(30), scopes)));
    }

    @Test
    void aTokenIsShownOnceKeptHashedAndActsAsItsPersonWithItsScopes() {
        NewApiToken made = make(PARTNER, "HR system", Set.of(ApiTokenScope.READ, ApiTokenScope.WRITE));
        assertThat(made.token()).startsWith(ApiTokenService.TOKEN_PREFIX).hasSizeGreaterThan(40);
        assertThat(made.toString()).doesNotContain(made.token());
        String stored = jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, made.summary().id());
        assertThat(stored).hasSize(64).isNotEqualTo(made.token()).isEqualTo(ApiTokenService.hash(made.token()));
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or name = ?", Integer.class,
                made.token(), made.token())).isZero();

        ApiTokenPrincipal who = authentication.authenticate(made.token());
        assertThat(who.user().getEmail()).isEqualTo(PARTNER);
        assertThat(who.user().getRoles()).containsExactly(Roles.PARTNER);
        assertThat(who.user().getPassword()).isNull();
        assertThat(who.scopes()).containsExactlyInAnyOrder(ApiTokenScope.READ, ApiTokenScope.WRITE);

        ApiTokenSummary listed = runAs.as(PARTNER, () -> tokens.myTokens()).stream()
                .filter(t -> t.id() == made.summary().id()).findFirst().orElseThrow();
        assertThat(listed.lastUsedAt()).as("the use is recorded").isNotNull();
        assertThat(listed.prefix()).isEqualTo(made.token().substring(0, listed.prefix().length()));
        assertThat(listed.expiresAt()).isEqualTo(today().plusDays(31).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    @Test
    void areaScopesAreStoredByTheirNamesAndReadBackAsTheFirstTokensToo() {
        NewApiToken made = make(PARTNER, "Postings robot", Set.of(ApiTokenScope.of(ApiArea.APPLICATIONS,
                ApiTokenScope.Access.WRITE), ApiTokenScope.of(ApiArea.POSTINGS, ApiTokenScope.Access.READ)));
        assertThat(jdbc.queryForObject("select scopes from api_token where id = ?", String.class, made.summary().id()))
                .isEqualTo("postings:read,applications:write");
        assertThat(made.summary().scopes()).containsExactly(ApiTokenScope.of(ApiArea.POSTINGS, ApiTokenScope.Access.READ),
                ApiTokenScope.of(ApiArea.APPLICATIONS, ApiTokenScope.Access.WRITE));
        assertThat(authentication.authenticate(made.token()).scopes()).isEqualTo(made.summary().scopes());

        // what every area allows is not repeated per area
        NewApiToken covered = make(PARTNER, "Reads all, writes postings", Set.of(ApiTokenScope.READ,
                ApiTokenScope.of(ApiArea.POSTINGS, ApiTokenScope.Access.READ),
                ApiTokenScope.of(ApiArea.POSTINGS, ApiTokenScope.Access.WRITE)));
        assertThat(jdbc.queryForObject("select scopes from api_token where id = ?", String.class, covered.summary().id()))
                .isEqualTo("read,postings:write");

        // a token of the first version (READ,WRITE) reads as read and write in every area
        jdbc.update("update api_token set scopes = 'READ,WRITE' where id = ?", made.summary().id());
        assertThat(authentication.authenticate(made.token()).scopes())
                .containsExactly(ApiTokenScope.READ, ApiTokenScope.WRITE);
        assertThat(runAs.as(PARTNER, () -> tokens.myTokens()).stream().filter(t -> t.id() == made.summary().id())
                .findFirst().orElseThrow().scopes()).containsExactly(ApiTokenScope.READ, ApiTokenScope.WRITE);
    }

    @Test
    void revokedExpiredUnknownAndDisabledTokensLetNobodyIn() {
        NewApiToken revoked = make(PARTNER, "Revoked", Set.of(ApiTokenScope.READ));
        ApiTokenSummary after = runAs.as(PARTNER, () -> tokens.revoke(revoked.summary().id()));
        assertThat(after.revokedAt()).isNotNull();
        assertThatThrownBy(() -> authentication.authenticate(revoked.token()))
                .isInstanceOf(InvalidApiTokenException.class).hasMessageContaining("revoked");

        NewApiToken expired = make(PARTNER, "Expired", Set.of(ApiTokenScope.READ));
        jdbc.update("update api_token set expires_at = timestampadd(second, -1, utc_timestamp(6)) where id = ?",
                expired.summary().id());
        assertThatThrownBy(() -> authentication.authenticate(expired.token()))
                .isInstanceOf(InvalidApiTokenException.class).hasMessageContaining("expired");

        assertThatThrownBy(() -> authentication.authenticate(ApiTokenService.TOKEN_PREFIX + "nothing-like-this"))
                .isInstanceOf(InvalidApiTokenException.class).hasMessageContaining("unknown");
        assertThatThrownBy(() -> authentication.authenticate("Basic abc"))
                .isInstanceOf(InvalidApiTokenException.class);

        String mentor = jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'MENTOR'
                where u.email like '%.example' and u.enabled = true and u.status = 'ACTIVE' order by u.id desc limit 1""", String.class);
        NewApiToken disabled = make(mentor, "Of a disabled account", Set.of(ApiTokenScope.READ));
        jdbc.update("update app_user set enabled = false where email = ?", mentor);
        try {
            assertThatThrownBy(() -> authentication.authenticate(disabled.token()))
                    .isInstanceOf(InvalidApiTokenException.class).hasMessageContaining("cannot sign in");
        } finally {
            jdbc.update("update app_user set enabled = true where email = ?", mentor);
        }
    }

    @Test
    void everyProblemOfANewTokenIsListedAtOnce() {
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> tokens.create(new CreateApiTokenCmd(" ", today().minusDays(1),
                Set.of())))).isInstanceOfSatisfying(InvalidAccountException.class, e -> assertThat(e.problems())
                .hasSize(3).anyMatch(p -> p.contains("name")).anyMatch(p -> p.contains("in the past"))
                .anyMatch(p -> p.contains("read, write")));
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> tokens.create(new CreateApiTokenCmd("Too long",
                today().plusDays(ApiTokenService.MAX_DAYS + 1), Set.of(ApiTokenScope.READ)))))
                .isInstanceOf(InvalidAccountException.class).hasMessageContaining("at most a year");
    }

    @Test
    void nobodyElseSeesOrRevokesMyTokensAndAnonymousCallersNothing() {
        NewApiToken mine = make(PARTNER, "Mine", Set.of(ApiTokenScope.READ));
        for (String other : OTHERS) {
            assertThatThrownBy(() -> runAs.run(other, () -> tokens.revoke(mine.summary().id())))
                    .as(other).isInstanceOf(AccessDeniedException.class);
            assertThat(runAs.as(other, () -> tokens.myTokens())).as(other)
                    .noneMatch(t -> t.id() == mine.summary().id());
        }
        assertThatThrownBy(() -> tokens.myTokens()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> tokens.create(new CreateApiTokenCmd("x", today().plusDays(1), Set.of(ApiTokenScope.READ))))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> tokens.revoke(mine.summary().id()))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThat(authentication.authenticate(mine.token()).user().getEmail()).as("still works").isEqualTo(PARTNER);
    }
}
