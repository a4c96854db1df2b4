package org.crossfield.identity;

/**
 * The outcome of a sign-in through an institution.
 *
 * @param user    the person, when {@link Outcome#SIGNED_IN}
 * @param ticket  when {@link Outcome#NEW_PERSON}: the secret that lets this person ask for a role (and so for an
 *                account) within a few minutes ({@link InstitutionalSignInService#requestAccess})
 * @param refusal when {@link Outcome#REFUSED}: why, in words for the login page (the key of its text in the
 *                {@code identity} bundle, its English text and arguments)
 */
public record InstitutionalSignIn(Outcome outcome, CrossfieldUser user, String ticket, InvalidAccountException.Problem refusal) {

    public enum Outcome {
        /** An active account: the person is in. */
        SIGNED_IN,
        /** Nobody has this identity or its verified address yet: the person may ask for an account. */
        NEW_PERSON,
        /** Known, but not allowed in (pending approval, disabled, invitation not accepted), or no verified address. */
        REFUSED
    }

    static InstitutionalSignIn signedIn(CrossfieldUser user) {
        return new InstitutionalSignIn(Outcome.SIGNED_IN, user, null, null);
    }

    static InstitutionalSignIn newPerson(String ticket) {
        return new InstitutionalSignIn(Outcome.NEW_PERSON, null, ticket, null);
    }

    static InstitutionalSignIn refused(String key, String english, Object... arguments) {
        return new InstitutionalSignIn(Outcome.REFUSED, null, null, new InvalidAccountException.Problem(key, english, arguments));
    }

    /** When {@link Outcome#REFUSED}: why, in English (for logs); the screens translate {@link #refusal()}. */
    public String message() {
        return refusal == null ? null : refusal.english();
    }
}
