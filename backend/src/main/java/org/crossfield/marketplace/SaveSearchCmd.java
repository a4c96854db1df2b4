package org.crossfield.marketplace;

/**
 * Keep the current search under a name.
 *
 * @param alerts whether a new posting that the search finds is announced by in-app notification and e-mail
 */
public record SaveSearchCmd(String name, PostingQuery query, boolean alerts) {
}
