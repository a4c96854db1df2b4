package org.crossfield.application;

/** A rejection: a reason from the fixed list and an optional explanation the student sees. */
public record RejectCmd(RejectionReason reason, String text) {
}
