package org.crossfield.collaboration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A coordinator's call for the outcomes of one programme, due on a date. */
@Entity
@Table(name = "reporting_window")
class ReportingWindow {

    static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "opened_by")
    private Long openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReportingWindow() {
    }

    /** Opens a window; the due date must lie after today. */
    ReportingWindow(long programmeId, String title, LocalDate dueOn, long openedBy, Instant now, LocalDate today) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new InvalidOutcomeException("collaboration.error.window-title", "Give the reporting window a title, e.g. “Spring 2027 report”.");
        }
        if (t.length() > MAX_TITLE) {
            throw new InvalidOutcomeException("collaboration.error.window-title-long", "The title is limited to " + MAX_TITLE
                    + " characters.", MAX_TITLE);
        }
        if (dueOn == null) {
            throw new InvalidOutcomeException("collaboration.error.window-due", "Give the date by which the outcomes are due.");
        }
        if (!dueOn.isAfter(today)) {
            throw new InvalidOutcomeException("collaboration.error.window-due-past", "The due date must lie after today.");
        }
        if (dueOn.isAfter(today.plusYears(2))) {
            throw new InvalidOutcomeException("collaboration.error.window-due-far", "The due date must lie within two years.");
        }
        this.programmeId = programmeId;
        this.title = t;
        this.dueOn = dueOn;
        this.openedBy = openedBy;
        this.openedAt = now.truncatedTo(ChronoUnit.SECONDS);
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    LocalDate getDueOn() {
        return dueOn;
    }
}
