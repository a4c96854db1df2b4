package org.crossfield.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.crossfield.identity.ApiTokenScope.Access;
import org.junit.jupiter.api.Test;

/** Scopes by their API names, as stored and as the first tokens stored them, and what each covers. */
class ApiTokenScopeTest {

    @Test
    void namesAreReadInAnyCaseAndUnknownNamesGrantNothing() {
        assertThat(ApiTokenScope.parse("read")).contains(ApiTokenScope.READ);
        assertThat(ApiTokenScope.parse("READ")).as("the first tokens' column").contains(ApiTokenScope.READ);
        assertThat(ApiTokenScope.parse(" WRITE ")).contains(ApiTokenScope.WRITE);
        assertThat(ApiTokenScope.parse("postings:read")).contains(ApiTokenScope.of(ApiArea.POSTINGS, Access.READ));
        assertThat(ApiTokenScope.parse("Applications:Write")).contains(ApiTokenScope.of(ApiArea.APPLICATIONS, Access.WRITE));
        for (String unknown : List.of("", "admin", "postings", "postings:delete", "kittens:read", ":read", "read:", "a:b:c")) {
            assertThat(ApiTokenScope.parse(unknown)).as(unknown).isEmpty();
        }
        assertThat(ApiTokenScope.parse(null)).isEmpty();
    }

    @Test
    void everyScopeIsReadBackFromItsName() {
        for (Access access : Access.values()) {
            assertThat(ApiTokenScope.parse(ApiTokenScope.everyArea(access).apiName())).contains(ApiTokenScope.everyArea(access));
            for (ApiArea area : ApiArea.values()) {
                ApiTokenScope scope = ApiTokenScope.of(area, access);
                assertThat(scope.apiName()).isEqualTo(area.name().toLowerCase() + ":" + access.name().toLowerCase());
                assertThat(ApiTokenScope.parse(scope.apiName())).contains(scope);
            }
        }
    }

    @Test
    void aScopeCoversItsAreaAndAccessOnlyAndWritingDoesNotIncludeReading() {
        ApiTokenScope postingsRead = ApiTokenScope.of(ApiArea.POSTINGS, Access.READ);
        assertThat(postingsRead.covers(ApiArea.POSTINGS, Access.READ)).isTrue();
        assertThat(postingsRead.covers(ApiArea.POSTINGS, Access.WRITE)).isFalse();
        assertThat(postingsRead.covers(ApiArea.APPLICATIONS, Access.READ)).isFalse();
        assertThat(ApiTokenScope.READ.covers(ApiArea.WEBHOOKS, Access.READ)).isTrue();
        assertThat(ApiTokenScope.WRITE.covers(ApiArea.WEBHOOKS, Access.READ)).isFalse();
        assertThat(postingsRead.coveredBy(ApiTokenScope.READ)).isTrue();
        assertThat(postingsRead.coveredBy(ApiTokenScope.WRITE)).isFalse();
        assertThat(ApiTokenScope.READ.coveredBy(ApiTokenScope.READ)).isFalse();
    }

    @Test
    void theColumnHoldsTheNamesInOrderWithoutWhatEveryAreaAlreadyAllows() {
        assertThat(ApiTokenService.column(Set.of(ApiTokenScope.of(ApiArea.WEBHOOKS, Access.WRITE),
                ApiTokenScope.of(ApiArea.POSTINGS, Access.READ), ApiTokenScope.of(ApiArea.POSTINGS, Access.WRITE),
                ApiTokenScope.READ))).isEqualTo("read,postings:write,webhooks:write");
        assertThat(ApiTokenService.scopes("READ,WRITE")).containsExactly(ApiTokenScope.READ, ApiTokenScope.WRITE);
        assertThat(ApiTokenService.scopes("applications:write, nonsense ,postings:read"))
                .containsExactly(ApiTokenScope.of(ApiArea.POSTINGS, Access.READ),
                        ApiTokenScope.of(ApiArea.APPLICATIONS, Access.WRITE));
        String everything = ApiTokenService.column(java.util.Arrays.stream(ApiArea.values())
                .flatMap(a -> java.util.stream.Stream.of(ApiTokenScope.of(a, Access.READ), ApiTokenScope.of(a, Access.WRITE)))
                .toList());
        assertThat(everything.length()).as("fits the column, VARCHAR(400)").isLessThan(400);
    }
}
