package vn.binhthuy.partybuilding.dashboard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The number in {@code figures_version} (V17): every insert, update and delete of the tables a dashboard page reads
 * changes it, by trigger, in the writing transaction. Two reads that see the same number see the same rows of those
 * tables.
 */
@Component
class FiguresVersion {

    private final JdbcClient jdbc;

    FiguresVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number as the current transaction's snapshot sees it. */
    long current() {
        return jdbc.sql("SELECT version FROM figures_version WHERE id = 1").query(Long.class).single();
    }
}
