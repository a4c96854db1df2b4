package org.crossfield.identity;

/** A token just made: {@code token} is shown to its person once and never kept (only its SHA-256 is). */
public record NewApiToken(String token, ApiTokenSummary summary) {

    @Override
    public String toString() {
        return "NewApiToken[" + summary.id() + ", " + summary.prefix() + "…]";
    }
}
