package org.crossfield.identity;

/**
 * What a personal access token may do in the REST API: {@link #READ} the requests that only read (GET), {@link #WRITE}
 * the ones that change something. A scope never adds a right: the person's roles and the services' rules still decide
 * (docs/adr/0045-api-token-design.md).
 */
public enum ApiTokenScope {
    READ, WRITE;

    /** The name used in the API's documentation and in the authority {@code SCOPE_read} / {@code SCOPE_write}. */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
