package org.crossfield.agreement;

/** Why a person is a party to an agreement. Every party approves. */
public enum PartyRole {
    STUDENT, SUPERVISOR, PARTNER, MENTOR, OFFICER;

    public String label() {
        return switch (this) {
            case STUDENT -> "PhD student";
            case SUPERVISOR -> "Supervisor";
            case PARTNER -> "Partner";
            case MENTOR -> "Mentor";
            case OFFICER -> "Legal / tech-transfer officer";
        };
    }
}
