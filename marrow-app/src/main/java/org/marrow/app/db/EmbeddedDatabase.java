package org.marrow.app.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The embedded PostgreSQL ({@link EmbeddedServer}) when no {@code spring.datasource.url} is configured. Its data
 * directory ({@code marrow.data-dir}, by default {@code ~/.marrow/db}) persists across restarts, so work entered
 * survives; {@code marrow.data-dir.clean=true} starts from an empty database (tests). The migrations run as
 * {@value EmbeddedServer#OWNER}; the application connects as {@value EmbeddedServer#APP}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(
            @Value("${marrow.data-dir}") Path dataDir,
            @Value("${marrow.data-dir.clean:false}") boolean clean,
            @Value("${marrow.postgresql-cache:${user.home}/.marrow/postgresql}") Path binaries) {
        return EmbeddedServer.start(dataDir, clean, binaries);
    }

    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedServer server, @Value("${marrow.db.pool-size:20}") int poolSize) {
        return pool(server, EmbeddedServer.APP, poolSize, "marrow-app");
    }

    /** The migrations' connections, as the schema's owner: opened only while they run, never pooled. */
    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedServer server) {
        return new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                server.jdbcUrl(),
                EmbeddedServer.OWNER,
                server.password(EmbeddedServer.OWNER));
    }

    private static HikariDataSource pool(EmbeddedServer server, String role, int size, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(role);
        config.setPassword(server.password(role));
        config.setMaximumPoolSize(size);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }
}
