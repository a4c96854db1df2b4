package org.crossfield.privacy;

import java.time.Instant;

/** One recorded consent or withdrawal. {@code noticeVersion} is set for {@link ConsentKind#PRIVACY_NOTICE}. */
public record ConsentEntry(ConsentKind kind, boolean granted, Integer noticeVersion, Instant recordedAt) {
}
