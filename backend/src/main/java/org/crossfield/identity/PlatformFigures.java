package org.crossfield.identity;

import java.util.Map;

/** Counts for the administrator's dashboard. */
public record PlatformFigures(long organisations, long users, Map<String, Long> usersByRole) {
}
