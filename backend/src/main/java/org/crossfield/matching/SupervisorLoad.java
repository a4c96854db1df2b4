package org.crossfield.matching;

/** How many students an allocation gives a supervisor, against how many they can take. */
public record SupervisorLoad(String supervisorName, int load, int capacity) {
}
