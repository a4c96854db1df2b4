package org.crossfield.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crossfield.identity.ApiArea;
import org.crossfield.identity.ApiTokenScope;
import org.crossfield.identity.ApiTokenScope.Access;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The path of a request gives its area, the method read or write; a token's scopes meet it or the 403 names it. */
class ApiScopesTest {

    @Test
    void pathsMapToTheirAreasAndMethodsToReadOrWrite() {
        assertThat(scope("GET", "/api/v1/me/profile")).isEqualTo("profile:read");
        assertThat(scope("PATCH", "/api/v1/me/profile")).isEqualTo("profile:write");
        assertThat(scope("GET", "/api/v1/challenges")).isEqualTo("postings:read");
        assertThat(scope("PUT", "/api/v1/challenges/7")).isEqualTo("postings:write");
        assertThat(scope("POST", "/api/v1/projects/7/approve")).isEqualTo("postings:write");
        assertThat(scope("GET", "/api/v1/approvals")).isEqualTo("postings:read");
        assertThat(scope("GET", "/api/v1/projects/7/mentors")).isEqualTo("mentors:read");
        assertThat(scope("HEAD", "/api/v1/applications/3")).isEqualTo("applications:read");
        assertThat(scope("POST", "/api/v1/applications/3/offer")).isEqualTo("applications:write");
        assertThat(scope("POST", "/api/v1/collaborations/3/outcomes/import")).isEqualTo("collaborations:write");
        assertThat(scope("GET", "/api/v1/reports/kpi.xlsx")).isEqualTo("reports:read");
        assertThat(scope("DELETE", "/api/v1/webhooks/4")).isEqualTo("webhooks:write");
        assertThat(scope("GET", "/api/v1/no-such-thing")).as("no area: every area's scope").isEqualTo("read");
        assertThat(scope("POST", "/api/v1/postings")).isEqualTo("postings:write");
        assertThat(ApiScopes.of("GET", "/api/v1/me")).isInstanceOf(ApiScopes.AnyRead.class);
        for (String open : List.of("/api/v1/postings", "/api/v1/postings.atom", "/api/v1/calendar/abc.ics")) {
            assertThat(ApiScopes.of("GET", open)).as(open).isInstanceOf(ApiScopes.Open.class);
        }
        assertThat(ApiScopes.of("OPTIONS", "/api/v1/postings")).isInstanceOf(ApiScopes.Open.class);
    }

    @Test
    void anAreaScopeOrTheEveryAreaScopeMeetsARequirementAndTheRefusalNamesTheAreaScope() {
        ApiScopes.Requirement offer = ApiScopes.of("POST", "/api/v1/applications/3/offer");
        assertThat(offer.metBy(authorities("applications:write"))).isTrue();
        assertThat(offer.metBy(authorities("write"))).isTrue();
        assertThat(offer.metBy(authorities("applications:read", "postings:write", "read"))).isFalse();
        assertThat(offer.metBy(List.of(new SimpleGrantedAuthority("ROLE_PARTNER")))).isFalse();
        assertThat(offer.refusal()).isEqualTo("This token lacks the scope applications:write.");
        assertThat(offer.alternatives()).containsExactly(ApiTokenScope.of(ApiArea.APPLICATIONS, Access.WRITE),
                ApiTokenScope.WRITE);

        ApiScopes.Requirement me = ApiScopes.of("GET", "/api/v1/me");
        assertThat(me.metBy(authorities("reports:read"))).isTrue();
        assertThat(me.metBy(authorities("READ"))).as("any case, as stored by the first tokens").isTrue();
        assertThat(me.metBy(authorities("reports:write", "write"))).isFalse();

        ApiScopes.Requirement unknown = ApiScopes.of("GET", "/api/v1/no-such-thing");
        assertThat(unknown.metBy(authorities("postings:read"))).isFalse();
        assertThat(unknown.metBy(authorities("read"))).isTrue();
    }

    private static String scope(String method, String path) {
        ApiScopes.Requirement requirement = ApiScopes.of(method, path);
        assertThat(requirement).as(method + " " + path).isInstanceOf(ApiScopes.Scope.class);
        return ((ApiScopes.Scope) requirement).scope().apiName();
    }

    private static List<SimpleGrantedAuthority> authorities(String... scopes) {
        return java.util.Arrays.stream(scopes).map(s -> new SimpleGrantedAuthority(ApiScopes.AUTHORITY_PREFIX + s)).toList();
    }
}
