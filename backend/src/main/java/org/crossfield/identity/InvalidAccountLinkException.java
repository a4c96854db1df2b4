package org.crossfield.identity;

/**
 * A link from an e-mail that is unknown, used or expired; {@link #problem()} says which, for a clear page. Its text has
 * a key in the {@code identity} bundle ({@code identity.link.error.unknown}, {@code .used}, {@code .expired}).
 */
public class InvalidAccountLinkException extends RuntimeException implements org.crossfield.i18n.Translatable {

    private final LinkProblem problem;

    public InvalidAccountLinkException(LinkProblem problem) {
        super(switch (problem) {
            case UNKNOWN -> "This link is not valid. Check that you opened the whole link from the e-mail.";
            case USED -> "This link has already been used. Each link works once.";
            case EXPIRED -> "This link has expired. Ask for a new one.";
        });
        this.problem = problem;
    }

    public LinkProblem problem() {
        return problem;
    }

    @Override
    public String messageKey() {
        return "identity.link.error." + problem.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Object[] messageArguments() {
        return new Object[0];
    }
}
