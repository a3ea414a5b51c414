package io.backops.distribution;

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
        return jdbc.sql("select arn, name, enabled from distributor where arn = ?")
                .param(arn)
                .query((rs, n) -> new Distributor(rs.getString("arn"), rs.getString("name"), rs.getBoolean("enabled")))
                .optional();
    }

    public Distributor register(String arn, String name) {
        if (!isValidArn(arn)) {
            throw new IllegalArgumentException("An ARN is 'ARN-' followed by digits");
        }
        jdbc.sql("insert into distributor (arn, name, enabled) values (?, ?, true)").params(arn, name).update();
        return new Distributor(arn, name, true);
    }
}
