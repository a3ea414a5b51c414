package io.backops.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainWalkTests {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    /** A stored entry as the writer makes it: content "text", linked to the previous hash. */
    private record Stored(String chain, long id, long position, OffsetDateTime at, String text, String previous,
                          String hash) {
    }

    private static List<Stored> chain(String name, long firstId, int length) {
        List<Stored> entries = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            OffsetDateTime at = T0.plusMinutes(firstId + i);
            String text = name + " entry " + i;
            String hash = HashChain.link(previous, name, i, at, text);
            entries.add(new Stored(name, firstId + i, i, at, text, previous, hash));
            previous = hash;
        }
        return entries;
    }

    private static ChainReport walk(List<Stored> entries, long headEntries, String headHash) {
        ChainWalk walk = new ChainWalk("t");
        for (Stored e : entries) {
            walk.entry(new ChainWalk.Row(e.chain(), e.id(), e.position(), e.at(), e.previous(), e.hash(),
                    HashChain.link(e.previous(), e.chain(), e.position(), e.at(), e.text()), headEntries, headHash));
        }
        return walk.finish();
    }

    @Test
    void anUntouchedChainHolds() {
        var entries = chain("a", 0, 5);
        var report = walk(entries, 5, entries.get(4).hash());
        assertThat(report.verified()).isTrue();
        assertThat(report.entries()).isEqualTo(5);
        assertThat(report.chains()).isEqualTo(1);
        assertThat(report.headDigest()).hasSize(64);
    }

    @Test
    void aChangedEntryIsTheFirstBroken() {
        var entries = chain("a", 0, 5);
        Stored third = entries.get(2);
        entries.set(2, new Stored("a", third.id(), 3, third.at(), "rewritten", third.previous(), third.hash()));
        var report = walk(entries, 5, entries.get(4).hash());
        assertThat(report.firstBroken().id()).isEqualTo(third.id());
        assertThat(report.firstBroken().problem()).contains("content changed");
    }

    @Test
    void aRemovedEntryBreaksTheOneAfterIt() {
        var entries = chain("a", 0, 5);
        Stored fourth = entries.get(3);
        entries.remove(2);
        var report = walk(entries, 5, entries.get(3).hash());
        assertThat(report.firstBroken().id()).isEqualTo(fourth.id());
        assertThat(report.firstBroken().problem()).contains("missing");
    }

    @Test
    void aChainCutShortDoesNotHoldAgainstItsHead() {
        var entries = chain("a", 0, 5);
        String head = entries.get(4).hash();
        entries.remove(4);
        var report = walk(entries, 5, head);
        assertThat(report.firstBroken().id()).isEqualTo(entries.get(3).id());
        assertThat(report.firstBroken().problem()).contains("before its head");
    }

    @Test
    void anEntryAppendedBehindTheApplicationsBackDoesNotHold() {
        var entries = chain("a", 0, 5);
        String head = entries.get(4).hash();
        Stored last = entries.get(4);
        OffsetDateTime at = last.at().plusMinutes(1);
        entries.add(new Stored("a", 99, 6, at, "forged", last.hash(), HashChain.link(last.hash(), "a", 6, at, "forged")));
        var report = walk(entries, 5, head);
        assertThat(report.firstBroken().id()).isEqualTo(99);
    }

    @Test
    void theEarliestBreakOfSeveralChainsIsReported() {
        var a = chain("a", 100, 3);
        var b = chain("b", 0, 3);
        Stored late = a.get(2);
        a.set(2, new Stored("a", late.id(), 3, late.at(), "x", late.previous(), late.hash()));
        Stored early = b.get(1);
        b.set(1, new Stored("b", early.id(), 2, early.at(), "y", early.previous(), early.hash()));
        ChainWalk walk = new ChainWalk("t");
        for (var chain : List.of(a, b)) {
            for (Stored e : chain) {
                walk.entry(new ChainWalk.Row(e.chain(), e.id(), e.position(), e.at(), e.previous(), e.hash(),
                        HashChain.link(e.previous(), e.chain(), e.position(), e.at(), e.text()), 3L,
                        chain.get(2).hash()));
            }
        }
        assertThat(walk.finish().firstBroken().id()).isEqualTo(early.id());
    }

    @Test
    void aHeadWhoseEntriesAreAllGoneDoesNotHold() {
        ChainWalk walk = new ChainWalk("t");
        walk.headWithoutEntries("a", 3, "f".repeat(64));
        var report = walk.finish();
        assertThat(report.verified()).isFalse();
        assertThat(report.firstBroken().chain()).isEqualTo("a");
    }

    @Test
    void theCanonicalFormKeepsFieldsApart() {
        assertThat(HashChain.link(HashChain.GENESIS, "ab", "c")).isNotEqualTo(HashChain.link(HashChain.GENESIS, "a", "bc"));
        assertThat(HashChain.link(HashChain.GENESIS, (Object) null)).isNotEqualTo(HashChain.link(HashChain.GENESIS, "~"));
        assertThat(HashChain.link(HashChain.GENESIS, "x")).isNotEqualTo(HashChain.link("1".repeat(64), "x"));
    }
}
