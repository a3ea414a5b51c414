package io.backops.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one paging rule of the API's lists: {@code ?page=} from 0 and {@code ?size=} from 1 to {@value #MAX_SIZE}
 * (default {@value #DEFAULT_SIZE}), every bad one named. Each list is sorted on the server in its own stated order
 * and answers a {@link ListPage}. Pages end {@value #MAX_REACH} rows in, so that no request makes a source read more.
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final String DEFAULT_SIZE = "50";
    public static final int MAX_REACH = 10_000;

    /** The page asked for, or a {@link ValidationException} naming {@code page} and {@code size}. */
    public static Paging of(int page, int size) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageBounds.check(page, size, MAX_SIZE, errors);
        if (errors.isEmpty() && (long) page * size + size > MAX_REACH) {
            errors.put("page", "times size must stay under " + MAX_REACH);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Paging(page, size);
    }

    public int offset() {
        return page * size;
    }

    /** How many rows a source must read, in its order, to fill this page and know whether another one follows. */
    public int rowsToRead() {
        return offset() + size + 1;
    }

    /** This page of a list already in its order (the whole list, or its first {@link #rowsToRead()} rows). */
    public <T> ListPage<T> of(List<T> sorted) {
        int from = Math.min(offset(), sorted.size());
        int to = Math.min(offset() + size, sorted.size());
        return new ListPage<>(List.copyOf(sorted.subList(from, to)), page, size, sorted.size() > offset() + size);
    }
}
