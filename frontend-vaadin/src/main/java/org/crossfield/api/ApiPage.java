package org.crossfield.api;

import java.util.List;

/**
 * One page of a list: {@code page} counts from 0; {@code hasNext} says whether another page follows (lists are read
 * a page at a time, without counting the whole).
 */
public record ApiPage<T>(List<T> items, int page, int size, boolean hasNext) {
}
