package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class EmbeddedSmokeTest {
    @Test
    void startsTwiceOnTheSameDirectory() throws Exception {
        Path dir = Files.createTempDirectory("pg");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
                Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create table t(x int); insert into t values (42)");
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
                Connection c = pg.getPostgresDatabase().getConnection()) {
            ResultSet rs = c.createStatement().executeQuery("select x, version() from t");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(42);
            System.out.println(rs.getString(2));
        }
    }
}
