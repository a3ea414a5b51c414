package io.backops.shared;

import java.util.List;

/** One page of a list of the API: its items, which page of what size it is, and whether a next one has any. */
public record ListPage<T>(List<T> items, int page, int size, boolean more) {
}
