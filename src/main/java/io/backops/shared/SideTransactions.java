package io.backops.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Short transactions of their own, beside the one a thread is in: the record of a KRA call that must outlive a
 * failed job, a sign-in audit row, the review rotation's turn. They run on a small pool of their own: taking a
 * second connection from the main pool while holding one deadlocks as soon as every request does it at once.
 */
public class SideTransactions implements DisposableBean {

    private final HikariDataSource pool;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public SideTransactions(HikariDataSource pool) {
        this.pool = pool;
        this.jdbc = JdbcClient.create(pool);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
    }

    public <T> T call(Function<JdbcClient, T> work) {
        return transactions.execute(status -> work.apply(jdbc));
    }

    public void run(Consumer<JdbcClient> work) {
        transactions.executeWithoutResult(status -> work.accept(jdbc));
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
