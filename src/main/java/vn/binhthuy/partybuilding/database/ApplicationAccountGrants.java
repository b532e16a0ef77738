package vn.binhthuy.partybuilding.database;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * After every migration, as the owner account that ran it, grants the application's account exactly what it needs:
 * reading the whole schema (including MariaDB's {@code seq_1_to_n} sequence tables, which cannot be granted by name),
 * writing every data table, and only appending to {@code audit_event} — so the audit log is append-only by the
 * database's word, not just by the application's code.
 */
public final class ApplicationAccountGrants implements Callback {

    private static final Logger log = LoggerFactory.getLogger(ApplicationAccountGrants.class);
    private static final Pattern ACCOUNT = Pattern.compile("'[^']+'@'[^']+'");
    static final String AUDIT_TABLE = "audit_event";
    private static final String MIGRATION_HISTORY = "flyway_schema_history";

    private final String account;

    /** @param account the grantee as MariaDB writes it, e.g. {@code 'partybuilding_app'@'127.0.0.1'} */
    public ApplicationAccountGrants(String account) {
        if (!ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("The application account must look like 'user'@'host', not " + account);
        }
        this.account = account;
    }

    public static ApplicationAccountGrants of(String user, String host) {
        return new ApplicationAccountGrants("'" + user + "'@'" + host + "'");
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            grant(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application account " + account
                    + " its privileges: " + e.getMessage(), e);
        }
    }

    void grant(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            String schema = currentSchema(statement);
            statement.execute("GRANT SELECT ON `" + schema + "`.* TO " + account);
            int tables = 0;
            for (String table : tables(statement)) {
                if (table.equals(AUDIT_TABLE)) {
                    statement.execute("GRANT INSERT ON `" + schema + "`.`" + table + "` TO " + account);
                } else if (!table.equals(MIGRATION_HISTORY)) {
                    statement.execute("GRANT INSERT, UPDATE, DELETE ON `" + schema + "`.`" + table + "` TO " + account);
                    tables++;
                }
            }
            log.info("Application account {} may read {} and write its {} data tables; the audit log only by INSERT",
                    account, schema, tables);
        }
    }

    private static String currentSchema(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT DATABASE()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    @Override
    public String getCallbackName() {
        return "application-account-grants";
    }
}
