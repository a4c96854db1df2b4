package org.crossfield.identity;

/** A link from an e-mail that is unknown, used or expired; {@link #problem()} says which, for a clear page. */
public class InvalidAccountLinkException extends RuntimeException {

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
}
