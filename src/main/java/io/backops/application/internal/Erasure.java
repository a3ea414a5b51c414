package io.backops.application.internal;

import io.backops.application.ApplicationErased;
import io.backops.application.ApplicationStatus;
import io.backops.application.Submission;
import io.backops.document.Documents;
import io.backops.settings.ProductSettings;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one path by which personal data leaves Backops, behind {@link io.backops.application.InvestorApplication#erase}:
 * the application's personal fields are replaced by a marker that cannot be turned back, its documents deleted
 * (their keys with their rows, so even a copy of the store cannot be read), its notes blanked, while the other
 * modules erase theirs on the same {@link ApplicationErased}, all in one transaction, recorded in the timeline.
 * What the MIS and the summary count (status, dates, distributor, AMC, risk class, who decided) stays.
 */
@Component
public class Erasure {

    private static final String MARKER = ApplicationErased.MARKER;
    /** Stands in an erased date of birth (the column must hold a date). */
    static final LocalDate ERASED_DATE = LocalDate.of(1900, 1, 1);

    private final JdbcClient jdbc;
    private final Documents documents;
    private final ApplicantJson applicantJson;
    private final RelationshipEnds relationshipEnds;

    Erasure(JdbcClient jdbc, Documents documents, ApplicantJson applicantJson, RelationshipEnds relationshipEnds) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.applicantJson = applicantJson;
        this.relationshipEnds = relationshipEnds;
    }

    /** The aggregate allowed the erasure and marked it; here the data goes, in the same transaction. */
    @EventListener
    void on(ApplicationErased erased) {
        String pan = jdbc.sql("select pan from investor_application where id = ?").param(erased.applicationId())
                .query(String.class).single();
        jdbc.sql("""
                update investor_application set applicant_name = ?, pan = ?, date_of_birth = ?, applicant = ?,
                    decision_reason = case when decision_reason is null then null else ? end,
                    approval_reason = null, reversal_reason = null, erased_by = ?
                where id = ?
                """)
                .params(MARKER, MARKER, ERASED_DATE, applicantJson.write(erasedApplicant()), MARKER,
                        erased.erasedBy(), erased.applicationId())
                .update();
        documents.deleteAll(erased.applicationId());
        jdbc.sql("update application_note set text = ? where application_id = ?").params(MARKER, erased.applicationId())
                .update();
        relationshipEnds.forgetOnceErased(pan);
    }

    /**
     * Applications past their period, not erased and not held: rejected ones by their decision and dropped-off
     * drafts by their drop-off before {@code endedBefore}; accepted ones whose investor's relationship ended before
     * {@code investorEndedBefore}. Oldest first, at most {@code limit}.
     */
    public List<String> due(OffsetDateTime endedBefore, LocalDate investorEndedBefore,
                            ProductSettings.Retention retention, int limit) {
        var ended = endedBefore(endedBefore, investorEndedBefore);
        // Held ones are skipped here rather than in SQL: a hold list is short, and the page reads on past them.
        return jdbc.sql("""
                select id, pan from investor_application where %s
                order by coalesce(dropped_off_at, decided_at), id fetch first %d rows only
                """.formatted(ended.sql(), limit + retention.legalHolds().size()))
                .params(ended.params())
                .query((rs, n) -> retention.holdOn(rs.getString("id"), rs.getString("pan")).isPresent()
                        ? null : rs.getString("id"))
                .list().stream().filter(id -> id != null).limit(limit).toList();
    }

    /** What the retention report counts: due now (past the period, not held), held back by a hold, erased so far. */
    public Counts counts(OffsetDateTime endedBefore, LocalDate investorEndedBefore,
                         ProductSettings.Retention retention) {
        long erased = jdbc.sql("select count(*) from investor_application where erased_at is not null")
                .query(Long.class).single();
        var ended = endedBefore(endedBefore, investorEndedBefore);
        long past = count(ended);
        var pans = retention.legalHolds().stream().map(ProductSettings.LegalHold::pan).filter(p -> p != null).toList();
        var ids = retention.legalHolds().stream().map(ProductSettings.LegalHold::applicationId).filter(i -> i != null)
                .toList();
        List<String> either = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (!pans.isEmpty()) {
            either.add("pan in (" + String.join(", ", pans.stream().map(p -> "?").toList()) + ")");
            values.addAll(pans);
        }
        if (!ids.isEmpty()) {
            either.add("id in (" + String.join(", ", ids.stream().map(i -> "?").toList()) + ")");
            values.addAll(ids);
        }
        long held = 0;
        if (!either.isEmpty()) {
            ended.and("(" + String.join(" or ", either) + ")", values.toArray());
            held = count(ended);
        }
        return new Counts(past - held, held, erased);
    }

    /**
     * Not erased, and past its period: rejected or dropped off before the moment, or accepted for an investor whose
     * relationship ended before the day.
     */
    private static ApplicationListing.Query endedBefore(OffsetDateTime moment, LocalDate investorEndedBefore) {
        var ended = new ApplicationListing.Query();
        ended.and("""
                erased_at is null and ((status = ? and decided_at < ?) or (status = ? and dropped_off_at < ?)
                    or (status = ? and pan in (select pan from investor_relationship_end where ended_on < ?)))
                """, ApplicationStatus.REJECTED.name(), moment, ApplicationStatus.DRAFT.name(), moment,
                ApplicationStatus.ACCEPTED.name(), investorEndedBefore);
        return ended;
    }

    private long count(ApplicationListing.Query where) {
        return jdbc.sql("select count(*) from investor_application where " + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    public record Counts(long due, long held, long erased) {
    }

    /** The applicant without what identifies him: the categories the MIS groups by stay. */
    private static Submission.Applicant erasedApplicant() {
        return new Submission.Applicant(MARKER, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, MARKER, false, null, null, null, null, null, null);
    }
}
