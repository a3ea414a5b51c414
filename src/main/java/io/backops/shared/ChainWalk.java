package io.backops.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Walks the entries of one table's chains, fed in chain order and, within a chain, in position order, and says
 * where the first one stops holding. An entry holds when it sits at the next position, names the previous entry's
 * hash, and its stored hash is the one its content gives; a chain holds when its last entry is the one its head row
 * names (so a chain cut short, or grown by rows the application never wrote, does not hold either).
 */
public final class ChainWalk {

    private final String table;
    private final MessageDigest heads = sha256();
    private long chains;
    private long entries;
    private ChainReport.BrokenEntry firstBroken;

    private String chain;
    private boolean chainBroken;
    private long expectedPosition;
    private String expectedPrevious;
    private Row last;

    public ChainWalk(String table) {
        this.table = table;
    }

    /**
     * One stored entry, with what its content hashes to now ({@code recomputed}) and its chain's head row
     * ({@code headEntries} and {@code headHash} null when the chain has none).
     */
    public record Row(String chain, long id, long position, OffsetDateTime at, String previousHash, String storedHash,
                      String recomputed, Long headEntries, String headHash) {
    }

    public void entry(Row row) {
        entries++;
        if (!row.chain().equals(chain)) {
            endChain();
            startChain(row.chain());
        }
        if (!chainBroken) {
            if (row.position() != expectedPosition) {
                broken(row.id(), row.at(), row.position() > expectedPosition
                        ? "an entry before this one is missing" : "an entry is out of place");
            } else if (!expectedPrevious.equals(row.previousHash())) {
                broken(row.id(), row.at(), "does not link to the entry before it");
            } else if (!Objects.equals(row.storedHash(), row.recomputed())) {
                broken(row.id(), row.at(), "its content changed after it was written");
            }
            expectedPosition++;
            expectedPrevious = row.storedHash();
        }
        last = row;
    }

    /** A head row whose chain has no entries left at all (each of them was removed). */
    public void headWithoutEntries(String chain, long headEntries, String headHash) {
        endChain();
        chains++;
        heads.update((chain + ':' + headHash + '\n').getBytes(StandardCharsets.UTF_8));
        if (headEntries > 0) {
            note(new ChainReport.BrokenEntry(table, null, null, chain,
                    "the head names " + headEntries + " entries; none is left"));
        }
    }

    public ChainReport finish() {
        endChain();
        return new ChainReport(table, chains, entries, HexFormat.of().formatHex(heads.digest()), firstBroken);
    }

    private void startChain(String name) {
        chain = name;
        chains++;
        chainBroken = false;
        expectedPosition = 1;
        expectedPrevious = HashChain.GENESIS;
    }

    private void endChain() {
        if (chain == null) {
            return;
        }
        heads.update((chain + ':' + last.headHash() + '\n').getBytes(StandardCharsets.UTF_8));
        if (!chainBroken) {
            if (last.headHash() == null) {
                broken(last.id(), last.at(), "the chain has no head");
            } else if (last.headEntries() != last.position() || !last.headHash().equals(last.storedHash())) {
                broken(last.id(), last.at(), last.headEntries() > last.position()
                        ? "the chain ends here, before its head (entries after this one are missing)"
                        : "the chain's head does not name this last entry");
            }
        }
        chain = null;
    }

    private void broken(long id, OffsetDateTime at, String problem) {
        chainBroken = true;
        note(new ChainReport.BrokenEntry(table, id, at, chain, problem));
    }

    /** The earliest break is the one reported: where the tampering began. */
    private void note(ChainReport.BrokenEntry entry) {
        if (firstBroken == null
                || (entry.at() != null && (firstBroken.at() == null || entry.at().isBefore(firstBroken.at())))) {
            firstBroken = entry;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
