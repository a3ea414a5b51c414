package io.backops.application.internal;

import io.backops.application.Note;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Internal notes of the back office ({@code application_note}); never shown to distributors or investors. */
@Repository
public class ApplicationNotes {

    private final JdbcClient jdbc;

    ApplicationNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Note add(String applicationId, String author, String text) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("insert into application_note (application_id, written_at, author, text) values (?, ?, ?, ?)")
                .params(applicationId, now, author, text).update();
        return new Note(now, author, text);
    }

    public List<Note> of(String applicationId) {
        return jdbc.sql("select written_at, author, text from application_note where application_id = ? order by written_at, id")
                .param(applicationId)
                .query((rs, n) -> new Note(rs.getObject("written_at", OffsetDateTime.class), rs.getString("author"),
                        rs.getString("text")))
                .list();
    }
}
