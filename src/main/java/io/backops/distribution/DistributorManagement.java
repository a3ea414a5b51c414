package io.backops.distribution;

import io.backops.shared.NotFoundException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The distribution module's entry point; its table is {@code distributor}. */
@Service
public class DistributorManagement {

    private static final SecureRandom RANDOM = new SecureRandom();
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

    /**
     * Where this distributor wants status callbacks, by event ({@code PENDING}, {@code ACCEPTED}, ...), replacing
     * the ones it had; its signing secret is made on the first call and kept after.
     */
    @Transactional
    public void setCallbacks(String arn, Map<String, String> urlByEvent) {
        find(arn).orElseThrow(() -> new NotFoundException("No distributor " + arn));
        jdbc.sql("delete from distributor_callback where arn = ?").param(arn).update();
        urlByEvent.forEach((event, url) -> jdbc.sql("insert into distributor_callback (arn, event, url) values (?, ?, ?)")
                .params(arn, event, url).update());
        jdbc.sql("update distributor set callback_secret = coalesce(callback_secret, ?) where arn = ?")
                .params(newSecret(), arn).update();
    }

    /** The URL and signing secret for this distributor's callbacks of one event, if it wants them. */
    public Optional<Callback> callback(String arn, String event) {
        return jdbc.sql("""
                select c.url, d.callback_secret from distributor_callback c join distributor d on d.arn = c.arn
                where c.arn = ? and c.event = ?
                """)
                .params(arn, event)
                .query((rs, n) -> new Callback(rs.getString("url"), rs.getString("callback_secret")))
                .optional();
    }

    /** The secret a distributor's callbacks are signed with, once it has callbacks. */
    public Optional<String> callbackSecret(String arn) {
        return jdbc.sql("select callback_secret from distributor where arn = ? and callback_secret is not null")
                .param(arn)
                .query(String.class)
                .optional();
    }

    /** Where a callback goes and the secret its HMAC signature is made with. */
    public record Callback(String url, String secret) {
        @Override
        public String toString() {
            return "Callback[" + url + "]";
        }
    }

    /** A fresh random signing secret, 256 bits in hex. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The flow new applications of this distributor start: a key, and a version or {@code null} for the latest. */
    public void assignFlow(String arn, String flowKey, Integer flowVersion) {
        jdbc.sql("update distributor set flow_key = ?, flow_version = ? where arn = ?")
                .params(flowKey, flowVersion, arn).update();
    }
}
