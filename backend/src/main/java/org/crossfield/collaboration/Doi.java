package org.crossfield.collaboration;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Digital Object Identifiers. A DOI is checked by pattern only (Crossref's recommended pattern for modern DOIs,
 * {@code 10.NNNN/suffix}), never by resolving it: Crossfield must work offline. Resolver prefixes
 * ({@code https://doi.org/}, {@code doi:}) are removed; DOIs are case-insensitive and stored in lower case.
 */
public final class Doi {

    public static final int MAX_LENGTH = 255;
    private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}/[-._;()/:a-z0-9<>\\[\\]+]+$");
    private static final Pattern EMBEDDED = Pattern.compile("10\\.\\d{4,9}/[^\\s\"'<>#]+");
    private static final Pattern PREFIX = Pattern.compile("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);

    private Doi() {
    }

    /**
     * The normalised DOI, or null for blank input.
     *
     * @throws InvalidOutcomeException when it is not a DOI
     */
    public static String normalise(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String doi = PREFIX.matcher(input.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
        if (doi.length() > MAX_LENGTH || !DOI.matcher(doi).matches()) {
            throw new InvalidOutcomeException("collaboration.error.not-a-doi", "“" + input.strip() + "” is not a DOI. A DOI "
                    + "looks like 10.1234/abc.567 (with or without https://doi.org/ in front).", input.strip());
        }
        return doi;
    }

    /**
     * The DOI written somewhere in a text — alone, after {@code doi:}, inside a resolver's or a publisher's address
     * ({@code https://journals.sagepub.com/doi/10.1037/…}), percent-encoded or not — normalised; null when there is none.
     */
    public static String find(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.indexOf('%') >= 0) {
            t = t.replace("%2F", "/").replace("%2f", "/").replace("%3A", ":").replace("%3a", ":");
        }
        Matcher m = EMBEDDED.matcher(t);
        while (m.find()) {
            String candidate = m.group().toLowerCase(Locale.ROOT).replaceAll("[.,;:\\]}>]+$", "");
            while (candidate.endsWith(")") && candidate.chars().filter(ch -> ch == ')').count()
                    > candidate.chars().filter(ch -> ch == '(').count()) {
                candidate = candidate.substring(0, candidate.length() - 1).replaceAll("[.,;:]+$", "");
            }
            int query = candidate.indexOf('?');
            if (query > 0) {
                candidate = candidate.substring(0, query);
            }
            if (candidate.endsWith("/full") || candidate.endsWith("/abstract") || candidate.endsWith("/pdf")) {
                candidate = candidate.substring(0, candidate.lastIndexOf('/'));
            }
            if (candidate.length() <= MAX_LENGTH && DOI.matcher(candidate).matches()) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether {@link #normalise(String)} accepts it (blank counts as valid: the DOI is optional). */
    public static boolean isValid(String input) {
        try {
            normalise(input);
            return true;
        } catch (InvalidOutcomeException e) {
            return false;
        }
    }
}
