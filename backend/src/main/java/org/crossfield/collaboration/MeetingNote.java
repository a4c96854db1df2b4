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

/** The notes of one meeting of a collaboration's parties. */
@Entity
@Table(name = "collaboration_meeting")
class MeetingNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "collaboration_id", nullable = false)
    private Long collaborationId;

    @Column(name = "met_on", nullable = false)
    private LocalDate metOn;

    @Column(name = "attendees", nullable = false, length = 1000)
    private String attendees;

    @Column(name = "notes", nullable = false, columnDefinition = "text")
    private String notes;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    Long getId() {
        return id;
    }

    protected MeetingNote() {
    }

    MeetingNote(long collaborationId, LocalDate metOn, String attendees, String notes, long recordedBy, Instant now) {
        this.collaborationId = collaborationId;
        this.metOn = metOn;
        this.attendees = attendees;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.createdAt = now.truncatedTo(ChronoUnit.SECONDS);
    }
}
