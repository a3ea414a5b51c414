package io.backops.application.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Year;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ids like {@code APP-2026-000123}, from a database sequence so that several nodes never hand out the same one. */
@Component
public class ApplicationNumbers {

    private final JdbcClient jdbc;
    private final String nextValueSql;

    ApplicationNumbers(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            this.nextValueSql = postgres
                    ? "select nextval('application_number_seq')"
                    : "select next value for application_number_seq";
        }
    }

    public String next(Year year) {
        long number = jdbc.sql(nextValueSql).query(Long.class).single();
        return "APP-%d-%06d".formatted(year.getValue(), number);
    }
}
