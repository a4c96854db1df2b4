package org.crossfield.identity;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The wordings of an account history entry's detail, each with the key of its wording in the identity bundle
 * ({@code identity.history.<name>}), its English wording (kept in the entry's {@code detail}, for the personal-data
 * export and logs) and what its arguments are, so that the People screen can say it in the reader's language
 * (issue 16). Entries written before keep only their English detail.
 */
public enum AccountDetail {

    /** The roles before and after, as lists of role codes. */
    ROLES_CHANGED("{0} → {1}", Argument.ROLES, Argument.ROLES),
    /** The coordinator role given to a person named coordinator of a programme. */
    NAMED_COORDINATOR("Coordinator (named coordinator of a programme)"),
    /** The organisation's name before and after (empty: none). */
    ORGANISATION_CHANGED("{0} → {1}", Argument.ORGANISATION, Argument.ORGANISATION),
    /** Roles (codes): granted, asked for or invited with. */
    ROLES("{0}", Argument.ROLES),
    /** Roles (codes) at an organisation: asked for or invited with. */
    ROLES_AT("{0} at {1}", Argument.ROLES, Argument.ORGANISATION),
    /** A role (code) asked for through an institution's sign-in (its name). */
    ROLES_THROUGH("{0}, through {1}", Argument.ROLES, Argument.TEXT),
    /** A role (code) at an organisation asked for through an institution's sign-in (its name). */
    ROLES_AT_THROUGH("{0} at {1}, through {2}", Argument.ROLES, Argument.ORGANISATION, Argument.TEXT),
    /** A student invited to a challenge by the person named (erasure replaces the name, see PersonalAccounts). */
    INVITED_TO_CHALLENGE("Student, invited to a challenge by {0}", Argument.TEXT);

    /** What an argument is, for saying it in a language. */
    public enum Argument {
        /** Said as stored (a name). */
        TEXT,
        /** Role codes separated by commas, each named by {@code identity.role.<code>}; empty: no roles. */
        ROLES,
        /** An organisation's name, said as stored; empty: none. */
        ORGANISATION
    }

    private static final String PREFIX = "identity.history.";

    private final String english;
    private final List<Argument> arguments;

    AccountDetail(String english, Argument... arguments) {
        this.english = english;
        this.arguments = List.of(arguments);
    }

    /** The key of the wording, e.g. {@code identity.history.roles-changed}. */
    public String key() {
        return PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What each argument is, in order. */
    public List<Argument> arguments() {
        return arguments;
    }

    /** The detail a key names, if this version knows it. */
    public static Optional<AccountDetail> forKey(String key) {
        return key == null ? Optional.empty() : Arrays.stream(values()).filter(d -> d.key().equals(key)).findFirst();
    }

    /** The English text with these arguments, as the history wrote it before keys were kept. */
    String english(List<String> stored) {
        if (stored.size() != arguments.size()) {
            throw new IllegalArgumentException(name() + " takes " + arguments.size() + " arguments, not " + stored.size());
        }
        Object[] words = new Object[stored.size()];
        for (int i = 0; i < words.length; i++) {
            String value = stored.get(i) == null ? "" : stored.get(i);
            words[i] = switch (arguments.get(i)) {
                case TEXT -> value;
                case ROLES -> value.isEmpty() ? "no roles"
                        : Arrays.stream(value.split(",")).map(Roles::label).collect(Collectors.joining(", "));
                case ORGANISATION -> value.isEmpty() ? "none" : value;
            };
        }
        return new MessageFormat(english.replace("'", "''"), Locale.ROOT).format(words);
    }
}
