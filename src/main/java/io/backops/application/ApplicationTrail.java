package io.backops.application;

import io.backops.application.internal.TimelineChain;
import io.backops.shared.ChainReport;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timelines' hash chains, for the audit module: checking them all, and one application's entries with their
 * links for an evidence export. No scope check here: callers check it ({@link ApplicationManagement#inScope}).
 */
@Service
public class ApplicationTrail {

    private final TimelineChain chain;

    ApplicationTrail(TimelineChain chain) {
        this.chain = chain;
    }

    /** Walks every application's chain in one snapshot. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainReport verify() {
        return chain.verify();
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Chain of(String applicationId) {
        var head = chain.head(applicationId);
        return new Chain(chain.links(applicationId).stream()
                .map(l -> new Link(l.id(), l.position(), l.at(), l.actor(), l.event(), l.before(), l.after(),
                        l.detail(), l.requestId(), l.previousHash(), l.hash()))
                .toList(), head.map(TimelineChain.Head::entries).orElse(0L),
                head.map(TimelineChain.Head::hash).orElse(null));
    }

    /** An application's timeline as stored, with the head row's count and hash. */
    public record Chain(List<Link> entries, long headEntries, String headHash) {
    }

    public record Link(long id, long position, OffsetDateTime at, String actor, String event, String before,
                       String after, String detail, String requestId, String previousHash, String hash) {
    }
}
