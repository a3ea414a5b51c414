package io.backops.settings.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The saved settings document ({@code product_settings}, one row), as JSON. */
@Repository
public class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> load() {
        return jdbc.sql("select document from product_settings where id = 1").query(String.class).optional();
    }

    public void save(String document, String actor) {
        int updated = jdbc.sql("update product_settings set document = ?, updated_at = ?, updated_by = ? where id = 1")
                .params(document, OffsetDateTime.now(), actor).update();
        if (updated == 0) {
            jdbc.sql("insert into product_settings (id, document, updated_at, updated_by) values (1, ?, ?, ?)")
                    .params(document, OffsetDateTime.now(), actor).update();
        }
    }
}
