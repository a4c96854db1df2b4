package org.crossfield.identity;

/** How many enabled people with {@code role} belong to organisations in {@code country} (ISO 3166 alpha-2). */
public record PeopleByCountry(String country, String role, long people) {
}
