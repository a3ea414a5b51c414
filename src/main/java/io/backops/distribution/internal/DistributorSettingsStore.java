package io.backops.distribution.internal;

import io.backops.distribution.DistributorSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The parts of a distributor's settings kept beside its row: EUINs, AMCs, callbacks, name and whether enabled. */
@Repository
class DistributorSettingsStore {

    private final JdbcClient jdbc;

    DistributorSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DistributorSettings> find(String arn) {
        return jdbc.sql("""
                select arn, name, enabled, flow_key, flow_version, callback_secret is not null as secret_set
                from distributor where arn = ?
                """)
                .param(arn)
                .query((rs, n) -> new DistributorSettings(rs.getString("arn"), rs.getString("name"),
                        rs.getBoolean("enabled"), euins(arn), amcs(arn), callbacks(arn), rs.getString("flow_key"),
                        (Integer) rs.getObject("flow_version"), rs.getBoolean("secret_set")))
                .optional();
    }

    List<String> arns() {
        return jdbc.sql("select arn from distributor order by name, arn").query(String.class).list();
    }

    void rename(String arn, String name) {
        jdbc.sql("update distributor set name = ? where arn = ?").params(name, arn).update();
    }

    void enable(String arn, boolean enabled) {
        jdbc.sql("update distributor set enabled = ? where arn = ?").params(enabled, arn).update();
    }

    void replaceEuins(String arn, List<String> euins) {
        jdbc.sql("delete from distributor_euin where arn = ?").param(arn).update();
        euins.stream().distinct().forEach(euin -> jdbc.sql("insert into distributor_euin (arn, euin) values (?, ?)")
                .params(arn, euin).update());
    }

    void replaceAmcs(String arn, List<String> amcs) {
        jdbc.sql("delete from distributor_amc where arn = ?").param(arn).update();
        amcs.stream().map(String::strip).distinct().forEach(amc -> jdbc.sql(
                "insert into distributor_amc (arn, amc) values (?, ?)").params(arn, amc).update());
    }

    void newSecret(String arn, String secret) {
        jdbc.sql("update distributor set callback_secret = ? where arn = ?").params(secret, arn).update();
    }

    private List<String> euins(String arn) {
        return jdbc.sql("select euin from distributor_euin where arn = ? order by euin").param(arn).query(String.class)
                .list();
    }

    private List<String> amcs(String arn) {
        return jdbc.sql("select amc from distributor_amc where arn = ? order by amc").param(arn).query(String.class)
                .list();
    }

    private Map<String, String> callbacks(String arn) {
        Map<String, String> callbacks = new TreeMap<>();
        jdbc.sql("select event, url from distributor_callback where arn = ?").param(arn)
                .query(rs -> {
                    callbacks.put(rs.getString("event"), rs.getString("url"));
                });
        return callbacks;
    }
}
