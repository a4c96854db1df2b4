package org.crossfield.notification;

import java.util.List;

/** A notification was refused; nothing was written. Each problem is a sentence a developer or person can act on. */
public class InvalidNotificationException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidNotificationException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
