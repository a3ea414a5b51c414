package io.backops.shared;

import java.time.OffsetDateTime;

/**
 * What walking the hash chains of one table found: how many chains and entries, a digest of every chain's head (in
 * the walk's order), and the first entry that does not hold, if any.
 */
public record ChainReport(String table, long chains, long entries, String headDigest, BrokenEntry firstBroken) {

    public boolean verified() {
        return firstBroken == null;
    }

    /**
     * The entry where a chain stops holding: its content or link changed, an entry before it is missing, or the chain
     * ends before its head says (then {@code id} is the chain's last entry left, or null when none is).
     */
    public record BrokenEntry(String table, Long id, OffsetDateTime at, String chain, String problem) {
    }
}
