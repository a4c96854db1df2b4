package org.crossfield.platform.audit;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The short texts an audit entry may carry, each with the key of its wording in the audit bundle
 * ({@code audit.detail.<name>}), its English wording (kept in the entry's {@code details}, for logs, scripts and the
 * machine CSV) and what its arguments are, so that the audit log's screen and CSV can say it in the reader's language.
 * Arguments are facts without personal data (numbers, dates, codes, formats), stored as text.
 */
public enum AuditDetail {

    /** A posting sent back to its author. */
    SENT_BACK("Sent back"),
    /** A version number: of an agreement template, or of the agreement an action was on. */
    VERSION("Version {0}", Argument.NUMBER),
    /** A competency framework imported and made the active one, with how many competencies it has. */
    FRAMEWORK_IMPORTED("Imported and activated, {0} competencies", Argument.NUMBER),
    MEASURED_KPI_DEFINED("Measured KPI defined"),
    /** A KPI target set: the value, the period's first and last day. */
    TARGET_SET("Target {0} for {1} to {2}", Argument.NUMBER, Argument.DATE, Argument.DATE),
    TARGET_REMOVED("Target removed"),
    /** A measured KPI figure entered: the value, the period's first and last day. */
    FIGURE_SET("Figure {0} for {1} to {2}", Argument.NUMBER, Argument.DATE, Argument.DATE),
    FIGURE_REMOVED("Figure removed"),
    /** A report exported: the format (CSV, XLSX, PDF), the programmes' ids as a list, the period. */
    REPORT_EXPORTED("{0}, programmes {1}, {2} to {3}", Argument.TEXT, Argument.TEXT, Argument.DATE, Argument.DATE),
    /** A matching round published, with how many proposals. */
    PROPOSALS_PUBLISHED("{0} proposals", Argument.NUMBER),
    /** The decision on an application, by its code (SHORTLISTED, OFFER_ACCEPTED, …): named under this key. */
    APPLICATION_DECISION("{0}", Argument.CODE),
    /** How many entries an audit log export held. */
    ENTRIES_EXPORTED("{0} entries", Argument.NUMBER),
    ERASURE_DECLINED("declined by an administrator"),
    SIGNED_IN_WITH_PASSWORD("Password"),
    SIGNED_IN_INSTITUTIONALLY("Institutional sign-in"),
    /** Why a sign-in failed, as Spring Security's exception names it (named under this key where known). */
    SIGN_IN_REFUSED("{0}", Argument.CODE),
    /** A sign-in with an address that has no account (the address is not kept), and why it failed. */
    SIGN_IN_UNKNOWN_ADDRESS("Unknown address; {0}", Argument.CODE),
    /** An account's roles changed: the roles before and after, as lists of role codes. */
    ROLES_CHANGED("{0} → {1}", Argument.ROLES, Argument.ROLES),
    /** The coordinator role given to a person named coordinator of a programme. */
    NAMED_COORDINATOR("Coordinator (named coordinator of a programme)"),
    /** An account's organisation changed: the names before and after (empty: none). */
    ORGANISATION_CHANGED("{0} → {1}", Argument.ORGANISATION, Argument.ORGANISATION),
    /** An account approved with the role the person asked for (a role code). */
    APPROVED_AS("{0}", Argument.ROLES);

    /** What an argument is, for saying it in a language. */
    public enum Argument {
        /** Said as stored (a format, a list of ids). */
        TEXT,
        /** A number in plain notation ("12.5"): written as the language writes numbers. */
        NUMBER,
        /** A day in ISO notation ("2026-03-31"): written as the language writes dates. */
        DATE,
        /** A code: named by {@code <key>.<code>} where the bundle has that name, else said as stored. */
        CODE,
        /** Role codes separated by commas: each named as the screens name roles, in English by its label; empty: none. */
        ROLES,
        /** An organisation's name, said as stored; empty: none. */
        ORGANISATION
    }

    /** The wording of an empty {@link Argument#ROLES} argument. */
    public static final String NO_ROLES = "audit.detail.no-roles";
    /** The wording of an empty {@link Argument#ORGANISATION} argument. */
    public static final String NO_ORGANISATION = "audit.detail.no-organisation";

    /** The suffix of a {@link Argument#CODE} detail's name for codes it has no name of their own for ("Other reason"). */
    public static final String OTHER_CODE = ".other";

    private static final String PREFIX = "audit.detail.";

    private final String english;
    private final List<Argument> arguments;

    AuditDetail(String english, Argument... arguments) {
        this.english = english;
        this.arguments = List.of(arguments);
    }

    /** The key of the wording, e.g. {@code audit.detail.sent-back}. */
    public String key() {
        return PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The English wording with {@code {0}}, {@code {1}}, … for the arguments. */
    public String englishPattern() {
        return english;
    }

    /** What each argument is, in order. */
    public List<Argument> arguments() {
        return arguments;
    }

    /** The detail a key names, if this version knows it. */
    public static Optional<AuditDetail> forKey(String key) {
        return key == null ? Optional.empty() : Arrays.stream(values()).filter(d -> d.key().equals(key)).findFirst();
    }

    /**
     * The arguments as stored: numbers in plain notation, everything else as {@link String#valueOf} writes it (a
     * {@code LocalDate} in ISO notation, a list as {@code [1, 2]}).
     */
    public List<String> stored(Object... values) {
        if (values.length != arguments.size()) {
            throw new IllegalArgumentException(name() + " takes " + arguments.size() + " arguments, not " + values.length);
        }
        return Arrays.stream(values)
                .map(v -> v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v))
                .toList();
    }

    /** The English text of this detail with these stored arguments (role codes by their labels). */
    public String english(List<String> stored) {
        Object[] words = new Object[stored.size()];
        for (int i = 0; i < words.length; i++) {
            Argument kind = i < arguments.size() ? arguments.get(i) : Argument.TEXT;
            String value = stored.get(i);
            words[i] = kind == Argument.ROLES ? roleLabels(value)
                    : kind == Argument.ORGANISATION && (value == null || value.isEmpty()) ? "none" : value;
        }
        return new MessageFormat(english.replace("'", "''"), Locale.ROOT).format(words);
    }

    /**
     * "COORDINATOR,STUDENT" → "Coordinator, Student", as identity's {@code Roles.label} writes a role (platform uses no
     * feature's code); "" → "no roles".
     */
    private static String roleLabels(String codes) {
        return codes == null || codes.isEmpty() ? "no roles" : Arrays.stream(codes.split(","))
                .map(code -> code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
