package org.crossfield.agreement;

import java.util.List;
import org.crossfield.i18n.Text;
import org.crossfield.i18n.Translatable;
import org.crossfield.i18n.TranslatableException;

/**
 * An agreement request that cannot be carried out as given; {@link #details()} says why, one sentence each, with the key
 * of its text in the {@code agreement} screen-text bundle, so that screens show it in the person's language; the English
 * sentences stay the message (logs, the API). Nothing changed. A refusal of one problem is {@link Translatable} itself;
 * one of several problems lists them in {@link #details()}.
 */
public class InvalidAgreementException extends TranslatableException {

    private final transient List<Text> details;

    /** Problems in English only (no key): shown in English. */
    public InvalidAgreementException(List<String> problems) {
        this(problems.stream().map(p -> new Text(null, p)).toList(), true);
    }

    public InvalidAgreementException(String problem) {
        this(List.of(problem));
    }

    /** One refusal with the key of its text in the {@code agreement} bundle, its English text and the arguments. */
    public InvalidAgreementException(String key, String english, Object... arguments) {
        this(List.of(new Text(key, english, arguments)), true);
    }

    private InvalidAgreementException(List<Text> details, boolean keyed) {
        super(details.size() == 1 ? details.getFirst().key() : null, String.join(" ", details.stream().map(Text::english).toList()),
                details.size() == 1 ? details.getFirst().messageArguments() : new Object[0]);
        this.details = List.copyOf(details);
    }

    /** A refusal for the problems given, each with its key. */
    public static InvalidAgreementException of(List<Text> problems) {
        return new InvalidAgreementException(problems, true);
    }

    /** The problems in English (logs, the API). */
    public List<String> problems() {
        return details.stream().map(Text::english).toList();
    }

    /** The problems with their keys, for the screens. */
    public List<Text> details() {
        return details;
    }

    /** The key of the one problem; {@code null} when there are several (see {@link #details()}). */
    @Override
    public String messageKey() {
        return details.size() == 1 ? details.getFirst().key() : null;
    }

    @Override
    public Object[] messageArguments() {
        return details.size() == 1 ? details.getFirst().messageArguments() : new Object[0];
    }
}
