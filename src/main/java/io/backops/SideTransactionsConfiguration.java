package io.backops;

import com.zaxxer.hikari.HikariDataSource;
import io.backops.shared.SideTransactions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SideTransactionsConfiguration {

    /** Deliberately not a DataSource bean: that would make Spring Boot drop the main one. */
    @Bean
    SideTransactions sideTransactions(DataSourceProperties database,
                                      @Value("${backops.side-pool-size:4}") int poolSize) {
        HikariDataSource pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("side");
        pool.setMaximumPoolSize(poolSize);
        pool.setMinimumIdle(1);
        return new SideTransactions(pool);
    }
}
