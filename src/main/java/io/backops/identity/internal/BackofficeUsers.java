package io.backops.identity.internal;

import io.backops.identity.BackofficeUser;
import io.backops.identity.Role;
import io.backops.identity.UserStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
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

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select username, role, status, password_hash from backoffice_user where username = ?")
                .param(username)
                .query((rs, n) -> new Credentials(rs.getString("username"), Role.valueOf(rs.getString("role")),
                        UserStatus.valueOf(rs.getString("status")), rs.getString("password_hash")))
                .optional();
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
    record Credentials(String username, Role role, UserStatus status, String passwordHash) {
    }
}
