package org.crossfield.collaboration;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The checks of an outcome before anything is written: every problem is a sentence for the user, and a refused
 * outcome changes nothing. The fields a type does not use are dropped.
 */
final class OutcomeRules {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 5_000;
    static final int MAX_AUTHORS = 2_000;
    static final int MAX_TEXT = 300;
    static final int MAX_URL = 500;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    /** An outcome's fields after the checks, normalised. */
    record Checked(String typeCode, String title, String description, LocalDate occurredOn, String doi, String authors,
                   String venue, Integer publicationYear, String orcidWorkType, boolean openAccess,
                   boolean jointPublicPrivate, Set<CreditRole> creditRoles, BigDecimal amount, String currency,
                   BigDecimal amountEur, String funder, String url, boolean isPublic) {
    }

    private OutcomeRules() {
    }

    /** The checks of an outcome typed by hand: its date is required. */
    static Checked check(SaveOutcomeCmd cmd, OutcomeTypeSummary type, int latestYear) {
        return check(cmd, type, latestYear, false);
    }

    /**
     * The checks of an outcome; an imported publication whose file gave no year may stay undated ({@code mayBeUndated})
     * until the person sets its date, and counts in no reporting period until then.
     *
     * @param latestYear the latest plausible publication year (next year)
     */
    static Checked check(SaveOutcomeCmd cmd, OutcomeTypeSummary type, int latestYear, boolean mayBeUndated) {
        if (type == null) {
            throw new InvalidOutcomeException("collaboration.error.outcome-type", "Choose the type of the outcome.");
        }
        String title = required(cmd.title(), "collaboration.error.outcome-title", "Give the outcome a title.", MAX_TITLE, FieldName.TITLE);
        if (cmd.occurredOn() == null && !(mayBeUndated && type.isPublication())) {
            throw new InvalidOutcomeException("collaboration.error.outcome-date", "Give the date of the outcome.");
        }
        if (cmd.occurredOn() != null && type.isPublication()) {
            publicationYear(cmd.occurredOn().getYear(), 2100);
        } else if (cmd.occurredOn() != null) {
            plausible(cmd.occurredOn());
        }
        String description = optional(cmd.description(), MAX_DESCRIPTION, FieldName.DESCRIPTION);
        String url = url(cmd.url(), FieldName.LINK);
        String doi = null;
        String authors = null;
        String venue = null;
        Integer year = null;
        String workType = null;
        boolean openAccess = false;
        boolean joint = false;
        Set<CreditRole> roles = Set.of();
        BigDecimal amount = null;
        String currency = null;
        BigDecimal amountEur = null;
        String funder = null;
        if (type.isPublication()) {
            doi = Doi.normalise(cmd.doi());
            authors = optional(cmd.authors(), MAX_AUTHORS, FieldName.AUTHORS);
            venue = optional(cmd.venue(), MAX_TEXT, FieldName.VENUE);
            year = cmd.publicationYear();
            if (year != null) {
                publicationYear(year, latestYear);
            }
            workType = cmd.orcidWorkType() == null || cmd.orcidWorkType().isBlank() ? null
                    : cmd.orcidWorkType().strip().toLowerCase(Locale.ROOT);
            if (workType != null && !type.orcidWorkTypes().contains(workType)) {
                throw new InvalidOutcomeException("collaboration.error.work-type", "“" + cmd.orcidWorkType()
                        + "” is not an ORCID work type of " + type.title().toLowerCase(Locale.ROOT) + "; choose one of "
                        + String.join(", ", type.orcidWorkTypes()) + ".", cmd.orcidWorkType(), String.join(", ", type.orcidWorkTypes()));
            }
            openAccess = cmd.openAccess();
            joint = cmd.jointPublicPrivate();
            roles = cmd.creditRoles() == null ? Set.of() : Set.copyOf(cmd.creditRoles());
        } else if (type.isFunding()) {
            if (cmd.amount() == null) {
                throw new InvalidOutcomeException("collaboration.error.amount", "Give the amount of the funding.");
            }
            if (cmd.amount().signum() <= 0) {
                throw new InvalidOutcomeException("collaboration.error.amount-positive", "The amount must be more than zero.");
            }
            if (cmd.amount().compareTo(MAX_AMOUNT) >= 0 || cmd.amount().scale() > 2 && cmd.amount().stripTrailingZeros().scale() > 2) {
                throw new InvalidOutcomeException("collaboration.error.amount-format", "Give the amount with at most two decimals and below one trillion.");
            }
            amount = cmd.amount().setScale(2, java.math.RoundingMode.UNNECESSARY);
            currency = Currencies.normalise(cmd.currency());
            amountEur = Currencies.toEur(amount, currency);
            funder = required(cmd.funder(), "collaboration.error.funder", "Name the funder.", MAX_TEXT, FieldName.FUNDER);
        }
        return new Checked(type.code(), title, description, cmd.occurredOn(), doi, authors, venue, year, workType, openAccess,
                joint, roles, amount, currency, amountEur, funder, url, cmd.isPublic());
    }

    /** Dates of outcomes, activities, milestones and meetings lie between 1900 and 2100. */
    static void plausible(LocalDate date) {
        if (date.getYear() < 1900 || date.getYear() > 2100) {
            throw new InvalidOutcomeException("collaboration.error.date-implausible", "The date " + date + " is not plausible.", date.toString());
        }
    }

    /** Publications reach back to the printing press (Legendre 1806, Gauss 1877) and at most into next year. */
    static void publicationYear(int year, int latestYear) {
        if (year < PublicationImport.EARLIEST_YEAR || year > latestYear) {
            throw new InvalidOutcomeException("collaboration.error.year-implausible", year
                    + " is not a plausible publication year; it must lie between " + PublicationImport.EARLIEST_YEAR + " and "
                    + latestYear + ".", Integer.toString(year), Integer.toString(PublicationImport.EARLIEST_YEAR),
                    Integer.toString(latestYear));
        }
    }

    static String required(String value, String missingKey, String missing, int max, FieldName what) {
        String v = optional(value, max, what);
        if (v == null) {
            throw new InvalidOutcomeException(missingKey, missing);
        }
        return v;
    }

    static String optional(String value, int max, FieldName what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidOutcomeException("collaboration.error.too-long", what.english() + " is " + v.length()
                    + " characters long; at most " + max + " are allowed.", what, v.length(), max);
        }
        return v;
    }

    /** An absolute http(s) address, or null. */
    static String url(String value, FieldName what) {
        String v = optional(value, MAX_URL, what);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            if (uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                    && uri.getHost() != null) {
                return v;
            }
        } catch (URISyntaxException e) {
            // falls through to the message
        }
        throw new InvalidOutcomeException("collaboration.error.not-a-link", what.english() + " “" + v
                + "” is not a web address; it must start with https:// or http://.", what, v);
    }
}
