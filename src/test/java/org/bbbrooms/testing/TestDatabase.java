package org.bbbrooms.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The three databases the portal supports, each giving tests a fresh, private schema on the real server
 * (H2 in memory, PostgreSQL and MariaDB on 127.0.0.1), so that concurrent builds never see each other's rows.
 * Override the servers with -Dbbb.test.pg.host / -Dbbb.test.mariadb.host when they live elsewhere.
 */
public enum TestDatabase {
    H2, POSTGRESQL, MARIADB;

    private static final String PG_HOST = System.getProperty("bbb.test.pg.host", "127.0.0.1");
    private static final String MARIADB_HOST = System.getProperty("bbb.test.mariadb.host", "127.0.0.1");

    /**
     * Creates an empty schema (or database) with a unique name and returns a datasource bound to it. The name holds
     * the surefire fork number (system property {@code bbb.test.fork}), so that parallel forks never share one.
     */
    public DataSource freshDataSource() {
        String name = "bbbt_" + System.getProperty("bbb.test.fork", "0") + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            return switch (this) {
                case H2 -> {
                    JdbcDataSource ds = new JdbcDataSource();
                    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
                    yield ds;
                }
                case POSTGRESQL -> {
                    String url = "jdbc:postgresql://" + PG_HOST + ":5432/test";
                    execute(url, "postgres", "CREATE SCHEMA " + name);
                    dropAtExit(url, "postgres", "DROP SCHEMA " + name + " CASCADE");
                    PGSimpleDataSource ds = new PGSimpleDataSource();
                    ds.setURL(url + "?currentSchema=" + name);
                    ds.setUser("postgres");
                    yield ds;
                }
                case MARIADB -> {
                    String url = "jdbc:mariadb://" + MARIADB_HOST + ":3306/";
                    execute(url + "test", "root", "CREATE DATABASE " + name
                            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                    dropAtExit(url + "test", "root", "DROP DATABASE " + name);
                    MariaDbDataSource ds = new MariaDbDataSource(url + name);
                    ds.setUser("root");
                    yield ds;
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException(this + " is not reachable for tests: " + e.getMessage(), e);
        }
    }

    /** The address of the database server, as a server under test reaches it (not for H2). */
    public String host() {
        return switch (this) {
            case H2 -> throw new UnsupportedOperationException("H2 runs inside the server under test");
            case POSTGRESQL -> PG_HOST;
            case MARIADB -> MARIADB_HOST;
        };
    }

    public int port() {
        return switch (this) {
            case H2 -> throw new UnsupportedOperationException("H2 runs inside the server under test");
            case POSTGRESQL -> 5432;
            case MARIADB -> 3306;
        };
    }

    /** A connection with the rights to create databases and users (not for H2). */
    public Connection adminConnection() throws SQLException {
        return switch (this) {
            case H2 -> throw new UnsupportedOperationException("H2 runs inside the server under test");
            case POSTGRESQL -> DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + ":5432/test", "postgres", "");
            case MARIADB -> DriverManager.getConnection("jdbc:mariadb://" + MARIADB_HOST + ":3306/test", "root", "");
        };
    }

    /** A connection to a named database on the same server, as a given user. */
    public Connection connect(String database, String user, String password) throws SQLException {
        return switch (this) {
            case H2 -> throw new UnsupportedOperationException("H2 runs inside the server under test");
            case POSTGRESQL -> DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + ":5432/" + database, user, password);
            case MARIADB -> DriverManager.getConnection("jdbc:mariadb://" + MARIADB_HOST + ":3306/" + database, user, password);
        };
    }

    private static void dropAtExit(String url, String user, String sql) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(url, user, sql);
            } catch (SQLException e) {
                System.err.println("Could not drop a test schema: " + e.getMessage());
            }
        }));
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
