package org.crossfield.identity;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * One thing a personal access token may do in the REST API: {@link Access#READ read} (GET, HEAD) or {@link Access#WRITE
 * write} (everything else), either in one {@link ApiArea} ({@code postings:read}, {@code applications:write}) or in
 * every area ({@code read}, {@code write}: the scopes of the first tokens, and of areas added later). Writing does not
 * include reading: a token that must read what it changes holds both. A scope never adds a right: the person's roles
 * and the services' rules still decide (docs/adr/0045-api-token-design.md).
 *
 * @param area the area, or null for every area
 */
public record ApiTokenScope(ApiArea area, Access access) implements Comparable<ApiTokenScope> {

    /** What a request does: reads (GET, HEAD) or changes something (any other method). */
    public enum Access {
        READ, WRITE;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Reading in every area ({@code read}). */
    public static final ApiTokenScope READ = new ApiTokenScope(null, Access.READ);
    /** Changing in every area ({@code write}). */
    public static final ApiTokenScope WRITE = new ApiTokenScope(null, Access.WRITE);

    private static final Comparator<ApiTokenScope> ORDER = Comparator
            .comparing((ApiTokenScope s) -> s.area == null ? -1 : s.area.ordinal()).thenComparing(ApiTokenScope::access);

    public ApiTokenScope {
        if (access == null) {
            throw new IllegalArgumentException("A scope reads or writes.");
        }
    }

    /** {@code <area>:<access>}. */
    public static ApiTokenScope of(ApiArea area, Access access) {
        return new ApiTokenScope(area, access);
    }

    /** {@code read} or {@code write}: the access in every area. */
    public static ApiTokenScope everyArea(Access access) {
        return access == Access.READ ? READ : WRITE;
    }

    /** Whether this scope is for every area rather than one. */
    public boolean everyArea() {
        return area == null;
    }

    /** Whether this scope lets a token do {@code wanted} in {@code where}. */
    public boolean covers(ApiArea where, Access wanted) {
        return access == wanted && (area == null || area == where);
    }

    /** Whether this scope is part of what {@code other} already allows (an area's read under {@code read}). */
    public boolean coveredBy(ApiTokenScope other) {
        return !equals(other) && other.everyArea() && other.access == access;
    }

    /** The name in the API, its documentation and the authority {@code SCOPE_<name>}: {@code read}, {@code postings:write}. */
    public String apiName() {
        return area == null ? access.apiName() : area.apiName() + ":" + access.apiName();
    }

    /**
     * The scope of an {@link #apiName()} in any case ({@code read}, {@code READ}, {@code applications:write}); empty for
     * names this version does not know, which grant nothing.
     */
    public static Optional<ApiTokenScope> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String text = name.strip();
        int colon = text.indexOf(':');
        Optional<Access> access = access(colon < 0 ? text : text.substring(colon + 1));
        if (access.isEmpty()) {
            return Optional.empty();
        }
        if (colon < 0) {
            return Optional.of(everyArea(access.get()));
        }
        return ApiArea.ofApiName(text.substring(0, colon)).map(area -> of(area, access.get()));
    }

    private static Optional<Access> access(String name) {
        for (Access access : Access.values()) {
            if (access.apiName().equalsIgnoreCase(name)) {
                return Optional.of(access);
            }
        }
        return Optional.empty();
    }

    /** Every-area scopes first, then by area, reading before writing. */
    @Override
    public int compareTo(ApiTokenScope other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return apiName();
    }
}
