package org.crossfield.reporting;

/** A report, target, measured figure or KPI definition was asked for with bad input; the message says what to fix. */
public class InvalidReportException extends RuntimeException {

    public InvalidReportException(String message) {
        super(message);
    }
}
