package org.crossfield.calendar;

/** What a calendar item is about. */
public enum CalendarItemKind {
    /** The deadline of a challenge I posted. */
    MY_POSTING_DEADLINE,
    /** The deadline of a challenge I applied to (an application still in progress). */
    APPLIED_POSTING_DEADLINE,
    /** A publication review of one of my agreements, still waiting for its answer. */
    PUBLICATION_REVIEW,
    /** An agreement whose current version waits for my approval (on the day it was asked for). */
    AGREEMENT_APPROVAL,
    /** A reporting window asking me to confirm a collaboration's outcomes, or (coordinators) one I opened. */
    REPORTING_WINDOW,
    /** An open milestone of one of my collaborations. */
    MILESTONE,
    /** A meeting of one of my collaborations. */
    MEETING
}
