package vn.binhthuy.partybuilding.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import vn.binhthuy.partybuilding.ApplicationTest;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview is read once per state of the data it shows (V17's figures_version): opened again, it comes from the
 * cache; after any write to a table it reads, whoever made it, it is read anew and shows the change.
 */
@ApplicationTest
@WithUserDetails("lanhdao")
class OverviewPageCacheTest {

    /** The tables an overview reads; each must change figures_version on every write. */
    static final Set<String> READ_BY_THE_OVERVIEW = Set.of("unit", "unit_kind", "unit_succession",
            "organization_rating", "member_rating", "rating_scheme", "rating_level", "indicator", "finding",
            "remediation_plan", "review_delegation");

    @Autowired OverviewPageService pages;
    @Autowired OverviewPageCache cache;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired vn.binhthuy.partybuilding.database.EmbeddedMariaDb database;

    private OverviewPage overview() {
        return pages.load(null, 2017, null, null, 2016);
    }

    private long findings(OverviewPage page) {
        return page.indicators().heatmap().stream().mapToLong(c -> c.findings()).sum();
    }

    @Test
    void theSamePageIsServedUntilSomethingItShowsChanges() {
        OverviewPage first = overview();
        assertThat(overview()).isSameAs(first);
        assertThat(pages.load(null, 2017, null, "B", 2016)).isNotSameAs(first);

        long finding = jdbc.queryForObject("SELECT MIN(id) FROM finding WHERE finding_year = 2017", Long.class);
        List<Object[]> removed = jdbc.query("SELECT * FROM finding WHERE id = ?", (rs, row) -> {
            Object[] values = new Object[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getObject(i + 1);
            }
            return values;
        }, finding);
        jdbc.update("DELETE FROM finding WHERE id = ?", finding);
        try {
            OverviewPage after = overview();
            assertThat(after).isNotSameAs(first);
            assertThat(findings(after)).isEqualTo(findings(first) - 1);
            assertThat(overview()).isSameAs(after);
        } finally {
            jdbc.update("""
                    INSERT INTO finding (id, finding_year, indicator_id, member_id, unit_id, organization_id, degree,
                                         source, found_on, note, version)
                    SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?""", removed.getFirst()[0], removed.getFirst()[1],
                    removed.getFirst()[2], removed.getFirst()[3], removed.getFirst()[4], removed.getFirst()[5],
                    removed.getFirst()[6], removed.getFirst()[7], removed.getFirst()[8], removed.getFirst()[9],
                    removed.getFirst()[11]);
        }
        assertThat(findings(overview())).isEqualTo(findings(first));
    }

    @Test
    void aRenamedOrganizationIsNotShownUnderItsOldName() {
        String name = jdbc.queryForObject("SELECT short_name FROM unit WHERE code = 'p-long-tuyen'", String.class);
        assertThat(overview().organizations()).anyMatch(o -> o.unitName().equals(name));
        jdbc.update("UPDATE unit SET short_name = 'Phường Long Tuyền (mới)' WHERE code = 'p-long-tuyen'");
        try {
            assertThat(overview().organizations()).anyMatch(o -> o.unitName().equals("Phường Long Tuyền (mới)"))
                    .noneMatch(o -> o.unitName().equals(name));
        } finally {
            jdbc.update("UPDATE unit SET short_name = ? WHERE code = 'p-long-tuyen'", name);
        }
    }

    @Test
    void aTransactionThatWroteReadsAnewAndKeepsNothing() {
        overview();
        long kept = cache.size();
        transactions.executeWithoutResult(status -> {
            jdbc.update("UPDATE organization_rating SET exemplary = NOT exemplary WHERE rating_year = 2017 ORDER BY id LIMIT 1");
            // its own write is in what it reads, under a number a rollback hands back to the next writer
            assertThat(pages.load(null, 2017, null, null, 2016)).isNotNull();
            status.setRollbackOnly();
        });
        assertThat(cache.size()).isEqualTo(kept);
    }

    @Test
    void everyTableTheOverviewReadsChangesTheVersionOnEveryWrite() throws java.sql.SQLException {
        // the triggers are the owner's (the application's account may not list them)
        JdbcTemplate owner = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                java.sql.DriverManager.getConnection(database.jdbcUrl(), vn.binhthuy.partybuilding.database.DatabaseCredentials.OWNER,
                        database.ownerPassword()), false));
        Set<String> covered = new TreeSet<>(owner.queryForList("""
                SELECT CONCAT(event_object_table, ':', event_manipulation) FROM information_schema.triggers
                WHERE trigger_schema = DATABASE() AND action_statement LIKE '%figures_version%'""", String.class));
        Set<String> expected = new TreeSet<>();
        READ_BY_THE_OVERVIEW.forEach(t -> List.of("INSERT", "UPDATE", "DELETE").forEach(e -> expected.add(t + ":" + e)));
        assertThat(covered).isEqualTo(expected);
    }
}
