package io.backops.identity.internal;

import io.backops.identity.BackofficeUser;
import io.backops.identity.Role;
import io.backops.identity.UserStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code backoffice_user} table. */
@Repository
public class BackofficeUsers {

    private static final String COLUMNS =
            "username, name, email, employee_code, mobile, role, manager, distributor_arn, status";

    private final JdbcClient jdbc;

    BackofficeUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(BackofficeUser user, String passwordHash, boolean mustChangePassword) {
        jdbc.sql("""
                insert into backoffice_user (username, name, email, employee_code, mobile, role, manager,
                    distributor_arn, status, password_hash, password_change_required, created_at)
                values (:username, :name, :email, :employeeCode, :mobile, :role, :manager, :distributorArn, :status,
                    :passwordHash, :mustChange, :createdAt)
                """)
                .param("username", user.username())
                .param("name", user.name())
                .param("email", user.email())
                .param("employeeCode", user.employeeCode())
                .param("mobile", user.mobile())
                .param("role", user.role().name())
                .param("manager", user.manager())
                .param("distributorArn", user.distributorArn())
                .param("status", user.status().name())
                .param("passwordHash", passwordHash)
                .param("mustChange", mustChangePassword)
                .param("createdAt", OffsetDateTime.now())
                .update();
    }

    public Optional<BackofficeUser> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from backoffice_user where username = ?")
                .param(username)
                .query(BackofficeUsers::toUser)
                .optional();
    }

    /** Whose account carries this email address, in any case (a company sign-in matches people by it). */
    List<String> usernamesWithEmail(String email) {
        return jdbc.sql("select username from backoffice_user where lower(email) = lower(?) order by username")
                .param(email)
                .query(String.class)
                .list();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("""
                select username, role, status, password_hash, password_change_required, locked_until
                from backoffice_user where username = ?
                """)
                .param(username)
                .query((rs, n) -> new Credentials(rs.getString("username"), Role.valueOf(rs.getString("role")),
                        UserStatus.valueOf(rs.getString("status")), rs.getString("password_hash"),
                        rs.getBoolean("password_change_required"), rs.getObject("locked_until", OffsetDateTime.class)))
                .optional();
    }

    void update(BackofficeUser user) {
        jdbc.sql("""
                update backoffice_user set name = ?, email = ?, employee_code = ?, mobile = ?, role = ?, manager = ?,
                    distributor_arn = ?, status = ?
                where username = ?
                """)
                .params(user.name(), user.email(), user.employeeCode(), user.mobile(), user.role().name(),
                        user.manager(), user.distributorArn(), user.status().name(), user.username())
                .update();
    }

    void changePassword(String username, String passwordHash, boolean mustChange) {
        jdbc.sql("update backoffice_user set password_hash = ?, password_change_required = ? where username = ?")
                .params(passwordHash, mustChange, username).update();
    }

    /** Counts a failed sign-in; locks the account when the count reaches {@code max}. Answers whether it locked. */
    boolean recordFailedSignIn(String username, int max, OffsetDateTime lockUntil) {
        jdbc.sql("update backoffice_user set failed_sign_ins = failed_sign_ins + 1 where username = ?")
                .param(username).update();
        return jdbc.sql("""
                update backoffice_user set locked_until = ?, failed_sign_ins = 0
                where username = ? and failed_sign_ins >= ?
                """)
                .params(lockUntil, username, max).update() == 1;
    }

    void clearFailedSignIns(String username) {
        jdbc.sql("update backoffice_user set failed_sign_ins = 0 where username = ? and failed_sign_ins > 0")
                .param(username).update();
    }

    boolean unlock(String username) {
        return jdbc.sql("""
                update backoffice_user set locked_until = null, failed_sign_ins = 0
                where username = ? and (locked_until is not null or failed_sign_ins > 0)
                """)
                .param(username).update() == 1;
    }

    Optional<OffsetDateTime> lockedUntil(String username) {
        return jdbc.sql("select locked_until from backoffice_user where username = ?").param(username)
                .query((rs, n) -> Optional.ofNullable(rs.getObject("locked_until", OffsetDateTime.class)))
                .optional().flatMap(lock -> lock);
    }

    /** A page of users, filtered and sorted on the server; {@code team} narrows it to one manager's people. */
    List<BackofficeUser> page(UserQuery query) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from backoffice_user where 1 = 1");
        List<Object> params = new ArrayList<>();
        query.filter(sql, params);
        sql.append(" order by ").append(query.sort().column()).append(query.descending() ? " desc" : " asc")
                .append(", username asc offset ? rows fetch next ? rows only");
        params.add(query.page() * query.size());
        params.add(query.size());
        return jdbc.sql(sql.toString()).params(params).query(BackofficeUsers::toUser).list();
    }

    long count(UserQuery query) {
        StringBuilder sql = new StringBuilder("select count(*) from backoffice_user where 1 = 1");
        List<Object> params = new ArrayList<>();
        query.filter(sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    public List<BackofficeUser> all() {
        return jdbc.sql("select " + COLUMNS + " from backoffice_user order by username")
                .query(BackofficeUsers::toUser)
                .list();
    }

    public long countByRole(Role role) {
        return jdbc.sql("select count(*) from backoffice_user where role = ?").param(role.name())
                .query(Long.class).single();
    }

    public List<String> activeUsernames(Role role) {
        return jdbc.sql("select username from backoffice_user where role = ? and status = 'ACTIVE' order by username")
                .param(role.name())
                .query(String.class)
                .list();
    }

    public List<String> teamOf(String manager) {
        return jdbc.sql("select username from backoffice_user where manager = ? order by username")
                .param(manager)
                .query(String.class)
                .list();
    }

    private static BackofficeUser toUser(ResultSet rs, int rowNum) throws SQLException {
        return new BackofficeUser(rs.getString("username"), rs.getString("name"), rs.getString("email"),
                rs.getString("employee_code"), rs.getString("mobile"), Role.valueOf(rs.getString("role")),
                rs.getString("manager"), rs.getString("distributor_arn"), UserStatus.valueOf(rs.getString("status")));
    }

    /** What sign-in needs, and nothing that leaves this package. */
    record Credentials(String username, Role role, UserStatus status, String passwordHash,
                       boolean passwordChangeRequired, OffsetDateTime lockedUntil) {

        boolean isLocked(OffsetDateTime now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        @Override
        public String toString() {
            return "Credentials[" + username + "]";
        }
    }
}
