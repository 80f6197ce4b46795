package org.bbbrooms.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything touches the database.
 * <p>EclipseLink generates no DDL: every table comes from {@code db/migration}. Start-up beans that read the
 * database say {@code @DependsOn("SchemaMigration")}. Tests outside the container call {@link #migrate(DataSource)}.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /** The JNDI name of the datasource, shared with persistence.xml through the same configuration key. */
    public static final String DATASOURCE_KEY = "BBB_DATASOURCE";
    /** The server's own datasource (H2 on Payara), used when no other is configured, as in persistence.xml. */
    public static final String DEFAULT_DATASOURCE = "java:comp/DefaultDataSource";

    @PostConstruct
    void onStart() {
        String name = ConfigProvider.getConfig().getOptionalValue(DATASOURCE_KEY, String.class)
                .filter(value -> !value.isBlank()).orElse(DEFAULT_DATASOURCE);
        try {
            MigrateResult result = migrate((DataSource) new InitialContext().lookup(name));
            LOG.info(() -> result.migrationsExecuted == 0
                    ? "Schema of " + result.database + " is up to date"
                    : "Schema of " + result.database + " migrated to version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied)");
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource named " + name + ": define it or unset " + DATASOURCE_KEY, e);
        }
    }

    /**
     * Migrates the schema behind a datasource. Column types that differ between databases come from placeholders:
     * {@code ${ts}} for an instant, {@code ${bool}} for a flag (SMALLINT 0/1 everywhere, see
     * {@code FlagConverter}), {@code ${text}} for text of any length (a String field without {@code @Lob}), {@code ${blob}} for bytes of
     * any length (a byte[] field without {@code @Lob}) and
     * {@code ${table_options}} for the table character set.
     */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders(dataSource))
                .load()
                .migrate();
    }

    private static Map<String, String> placeholders(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("mariadb") || product.contains("mysql")) {
                return Map.of("ts", "DATETIME(6)", "bool", "SMALLINT", "text", "LONGTEXT", "blob", "LONGBLOB",
                        "table_options", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
            }
            boolean h2 = product.contains("h2");
            return Map.of("ts", "TIMESTAMP", "bool", "SMALLINT", "text", h2 ? "CHARACTER LARGE OBJECT" : "TEXT",
                    "blob", h2 ? "BINARY LARGE OBJECT" : "BYTEA", "table_options", "");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }
}
