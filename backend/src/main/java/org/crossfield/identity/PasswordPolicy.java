package org.crossfield.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Passwords as NIST SP 800-63B (5.1.1.2) asks: at least {@value #MIN_LENGTH} characters, any characters allowed
 * (spaces and emoji included), at most {@value #MAX_LENGTH}; refused when found among the 10,000 most common passwords
 * shipped with Crossfield, or when it is the person's own e-mail address or name. No composition rules, no expiry.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why this password is refused, in words a person can act on; empty when it is acceptable. */
    public static Optional<String> problem(String password, String email, String displayName) {
        return refusal(password, email, displayName).map(InvalidAccountException.Problem::english);
    }

    /** Why this password is refused, with the key of the text ({@code identity.password.*}); empty when acceptable. */
    public static Optional<InvalidAccountException.Problem> refusal(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new InvalidAccountException.Problem("identity.password.empty",
                    "Choose a password of at least " + MIN_LENGTH + " characters.", MIN_LENGTH));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new InvalidAccountException.Problem("identity.password.too-short",
                    "The password is too short: use at least " + MIN_LENGTH + " characters (a few words make a good one).",
                    MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new InvalidAccountException.Problem("identity.password.too-long",
                    "The password is too long: use at most " + MAX_LENGTH + " characters.", MAX_LENGTH));
        }
        String folded = fold(password);
        if (COMMON.contains(folded)) {
            return Optional.of(new InvalidAccountException.Problem("identity.password.common",
                    "This password is one of the most commonly used passwords and easy to guess: choose another one."));
        }
        if (email != null && (folded.equals(fold(email)) || folded.equals(fold(email.split("@")[0])))) {
            return Optional.of(new InvalidAccountException.Problem("identity.password.is-email",
                    "The password must not be your e-mail address."));
        }
        if (displayName != null && folded.replace(" ", "").equals(fold(displayName).replace(" ", ""))) {
            return Optional.of(new InvalidAccountException.Problem("identity.password.is-name",
                    "The password must not be your name."));
        }
        return Optional.empty();
    }

    /** Throws {@link InvalidAccountException} when the password is refused. */
    static void check(String password, String email, String displayName) {
        refusal(password, email, displayName).ifPresent(p -> {
            throw InvalidAccountException.of(java.util.List.of(p));
        });
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(fold(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
