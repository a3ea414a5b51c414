package io.backops.application.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code investor_relationship_end} table: when an investor's relationship with the AMC ended. */
@Repository
public class RelationshipEnds {

    private final JdbcClient jdbc;

    RelationshipEnds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the end, or corrects its date and reason when one was recorded before. */
    public void record(String pan, LocalDate endedOn, String recordedBy, String reason, OffsetDateTime at) {
        jdbc.sql("delete from investor_relationship_end where pan = ?").param(pan).update();
        jdbc.sql("""
                insert into investor_relationship_end (pan, ended_on, recorded_by, recorded_at, reason)
                values (?, ?, ?, ?, ?)
                """)
                .params(pan, endedOn, recordedBy, at, reason)
                .update();
    }

    /** Whether there was one to withdraw. */
    public boolean withdraw(String pan) {
        return jdbc.sql("delete from investor_relationship_end where pan = ?").param(pan).update() == 1;
    }

    public Optional<LocalDate> endedOn(String pan) {
        return jdbc.sql("select ended_on from investor_relationship_end where pan = ?").param(pan)
                .query(LocalDate.class).optional();
    }

    /** The PAN's accepted applications that still hold its personal data. */
    public List<String> acceptedApplications(String pan) {
        return jdbc.sql("""
                select id from investor_application where pan = ? and status = 'ACCEPTED' and erased_at is null
                order by id
                """)
                .param(pan).query(String.class).list();
    }

    /** Nothing of the PAN is left once its last application was erased: neither is its relationship's end. */
    void forgetOnceErased(String pan) {
        jdbc.sql("""
                delete from investor_relationship_end where pan = ? and not exists (
                    select 1 from investor_application where pan = ? and erased_at is null)
                """)
                .params(pan, pan).update();
    }
}
