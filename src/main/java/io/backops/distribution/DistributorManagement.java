package io.backops.distribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The distribution module's entry point; its table is {@code distributor}. */
@Service
public class DistributorManagement {

    private static final Pattern ARN = Pattern.compile("^ARN-[0-9]{1,8}$");

    private final JdbcClient jdbc;

    DistributorManagement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static boolean isValidArn(String arn) {
        return arn != null && ARN.matcher(arn).matches();
    }

    public Optional<Distributor> find(String arn) {
        return jdbc.sql("select arn, name, enabled, flow_key, flow_version from distributor where arn = ?")
                .param(arn)
                .query(DistributorManagement::distributor)
                .optional();
    }

    /** Every distributor by name: a short list (one row per ARN holder the house works with). */
    public List<Distributor> all() {
        return jdbc.sql("select arn, name, enabled, flow_key, flow_version from distributor order by name, arn")
                .query(DistributorManagement::distributor)
                .list();
    }

    private static Distributor distributor(ResultSet rs, int row) throws SQLException {
        return new Distributor(rs.getString("arn"), rs.getString("name"), rs.getBoolean("enabled"),
                rs.getString("flow_key"), (Integer) rs.getObject("flow_version"));
    }

    public Distributor register(String arn, String name) {
        if (!isValidArn(arn)) {
            throw new IllegalArgumentException("An ARN is 'ARN-' followed by digits");
        }
        jdbc.sql("insert into distributor (arn, name, enabled) values (?, ?, true)").params(arn, name).update();
        return new Distributor(arn, name, true, null, null);
    }

    /** The flow new applications of this distributor start: a key, and a version or {@code null} for the latest. */
    public void assignFlow(String arn, String flowKey, Integer flowVersion) {
        jdbc.sql("update distributor set flow_key = ?, flow_version = ? where arn = ?")
                .params(flowKey, flowVersion, arn).update();
    }
}
