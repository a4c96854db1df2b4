package org.crossfield.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.crossfield.identity.ApiArea;
import org.crossfield.identity.ApiTokenScope;
import org.crossfield.identity.ApiTokenScope.Access;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one place that says which scope a request of the API needs: its path gives the {@link ApiArea} (the table below,
 * also in docs/api.md), its method whether it reads (GET, HEAD) or writes (anything else). The filter chain
 * ({@link ApiSecurityConfiguration}) enforces it and the OpenAPI document ({@link ApiDocsConfiguration}) states it for
 * every operation, both from here. A scope never adds a right: the services' {@code @PreAuthorize} decide after it.
 *
 * <ul>
 *   <li>open, no token needed: {@code GET /api/v1/postings}, {@code /api/v1/postings.atom} (and their CORS preflight),
 *       {@code GET /api/v1/calendar/*} (the secret in the address is the credential);</li>
 *   <li>{@code GET /api/v1/me}: any read scope ({@code read} or {@code <area>:read} of any area): every token may ask
 *       whose it is, once it may read anything;</li>
 *   <li>a path of an area: {@code <area>:read} / {@code <area>:write}, or {@code read} / {@code write} (every area);</li>
 *   <li>any other path (none is documented; an unknown path answers 404): {@code read} / {@code write}, so that a
 *       resource added without an area here is closed to area tokens rather than open to them.</li>
 * </ul>
 */
final class ApiScopes {

    static final String AUTHORITY_PREFIX = "SCOPE_";
    static final String ME = "/api/v1/me";

    /** First match wins: the mentors of a project before the projects. */
    private static final List<Map.Entry<PathPattern, ApiArea>> AREAS = List.of(
            area("/api/v1/me/profile/**", ApiArea.PROFILE),
            area("/api/v1/projects/*/mentors/**", ApiArea.MENTORS),
            area("/api/v1/challenges/**", ApiArea.POSTINGS),
            area("/api/v1/projects/**", ApiArea.POSTINGS),
            area("/api/v1/approvals/**", ApiArea.POSTINGS),
            area("/api/v1/postings/**", ApiArea.POSTINGS),
            area("/api/v1/postings.atom", ApiArea.POSTINGS),
            area("/api/v1/applications/**", ApiArea.APPLICATIONS),
            area("/api/v1/collaborations/**", ApiArea.COLLABORATIONS),
            area("/api/v1/reports/**", ApiArea.REPORTS),
            area("/api/v1/webhooks/**", ApiArea.WEBHOOKS));
    private static final List<PathPattern> PUBLIC_POSTINGS = List.of(pattern("/api/v1/postings"),
            pattern("/api/v1/postings.atom"));
    private static final PathPattern CALENDAR_FEED = pattern("/api/v1/calendar/*");

    /** What a request needs. */
    sealed interface Requirement {

        /** Whether a token with these authorities ({@code SCOPE_…}) meets it. */
        boolean metBy(Collection<? extends GrantedAuthority> authorities);

        /** The sentence of the 403 when it is not met. */
        String refusal();

        /** The scopes that each meet it, for the OpenAPI document; empty when no token is needed. */
        List<ApiTokenScope> alternatives();
    }

    /** No token needed. */
    record Open() implements Requirement {
        @Override
        public boolean metBy(Collection<? extends GrantedAuthority> authorities) {
            return true;
        }

        @Override
        public String refusal() {
            return "";
        }

        @Override
        public List<ApiTokenScope> alternatives() {
            return List.of();
        }
    }

    /** Reading anything: {@code read} or the read of any area. */
    record AnyRead() implements Requirement {
        @Override
        public boolean metBy(Collection<? extends GrantedAuthority> authorities) {
            return scopes(authorities).anyMatch(s -> s.access() == Access.READ);
        }

        @Override
        public String refusal() {
            return "This token lacks a read scope: read, or <area>:read for any area.";
        }

        @Override
        public List<ApiTokenScope> alternatives() {
            return Stream.concat(Stream.of(ApiTokenScope.READ),
                    Arrays.stream(ApiArea.values()).map(a -> ApiTokenScope.of(a, Access.READ))).toList();
        }
    }

    /** One scope, of an area or of every area; the every-area scope of the same access always meets it too. */
    record Scope(ApiTokenScope scope) implements Requirement {
        @Override
        public boolean metBy(Collection<? extends GrantedAuthority> authorities) {
            return scopes(authorities).anyMatch(s -> scope.everyArea()
                    ? s.equals(scope) : s.covers(scope.area(), scope.access()));
        }

        @Override
        public String refusal() {
            return "This token lacks the scope " + scope.apiName() + ".";
        }

        @Override
        public List<ApiTokenScope> alternatives() {
            return scope.everyArea() ? List.of(scope) : List.of(scope, ApiTokenScope.everyArea(scope.access()));
        }
    }

    private ApiScopes() {
    }

    static Requirement of(HttpServletRequest request) {
        return of(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** What a request with this method and path (without the context path) needs. */
    static Requirement of(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        boolean get = "GET".equalsIgnoreCase(method);
        if (get && (PUBLIC_POSTINGS.stream().anyMatch(p -> p.matches(container)) || CALENDAR_FEED.matches(container))
                || "OPTIONS".equalsIgnoreCase(method) && PUBLIC_POSTINGS.stream().anyMatch(p -> p.matches(container))) {
            return new Open();
        }
        Access access = get || "HEAD".equalsIgnoreCase(method) ? Access.READ : Access.WRITE;
        if (access == Access.READ && ME.equals(stripTrailingSlash(path))) {
            return new AnyRead();
        }
        return new Scope(area(container).map(area -> ApiTokenScope.of(area, access))
                .orElse(ApiTokenScope.everyArea(access)));
    }

    /** The area of a path, if it belongs to one. */
    static Optional<ApiArea> area(String path) {
        return area(PathContainer.parsePath(path));
    }

    private static Optional<ApiArea> area(PathContainer path) {
        return AREAS.stream().filter(e -> e.getKey().matches(path)).map(Map.Entry::getValue).findFirst();
    }

    /** The authority of a scope in the token's authentication ({@code SCOPE_postings:read}). */
    static String authority(ApiTokenScope scope) {
        return AUTHORITY_PREFIX + scope.apiName();
    }

    private static Stream<ApiTokenScope> scopes(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(AUTHORITY_PREFIX))
                .map(a -> ApiTokenScope.parse(a.substring(AUTHORITY_PREFIX.length()))).flatMap(Optional::stream);
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Map.Entry<PathPattern, ApiArea> area(String pattern, ApiArea area) {
        return Map.entry(pattern(pattern), area);
    }

    private static PathPattern pattern(String pattern) {
        return PathPatternParser.defaultInstance.parse(pattern);
    }
}
