package vn.binhthuy.partybuilding.indicators;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.ApplicationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-organization counts of findings (V15) follow every insert, update and delete of finding, by trigger. */
@ApplicationTest
@Transactional
class FindingCountTest {

    @Autowired JdbcClient jdbc;

    private List<String> counted() {
        return jdbc.sql("""
                SELECT CONCAT_WS('/', finding_year, organization_id, indicator_id, findings) FROM finding_count
                WHERE findings > 0 ORDER BY finding_year, organization_id, indicator_id""").query(String.class).list();
    }

    private List<String> actual() {
        return jdbc.sql("""
                SELECT CONCAT_WS('/', finding_year, organization_id, indicator_id, COUNT(*)) FROM finding
                GROUP BY finding_year, organization_id, indicator_id ORDER BY finding_year, organization_id, indicator_id""")
                .query(String.class).list();
    }

    @Test
    void countsMatchTheFindingsAfterTheDemoLoad() {
        assertThat(counted()).hasSizeGreaterThan(500).isEqualTo(actual());
    }

    @Test
    void countsFollowInsertsUpdatesAndDeletes() {
        long finding = jdbc.sql("SELECT MIN(id) FROM finding WHERE finding_year = 2018").query(Long.class).single();
        long otherIndicator = jdbc.sql("""
                SELECT MIN(i.id) FROM indicator i WHERE NOT EXISTS (SELECT 1 FROM finding f WHERE f.id = :id
                  AND (f.indicator_id = i.id OR EXISTS (SELECT 1 FROM finding o WHERE o.finding_year = f.finding_year
                       AND o.indicator_id = i.id AND o.source = f.source AND o.subject_key = f.subject_key)))""")
                .param("id", finding).query(Long.class).single();

        jdbc.sql("UPDATE finding SET indicator_id = :indicator WHERE id = :id").param("indicator", otherIndicator).param("id", finding).update();
        jdbc.sql("UPDATE finding SET note = 'only the note' WHERE finding_year = 2019 LIMIT 50").update();
        jdbc.sql("UPDATE finding SET finding_year = 2026 WHERE finding_year = 2017 ORDER BY id LIMIT 4").update();
        jdbc.sql("DELETE FROM finding WHERE finding_year = 2016 ORDER BY id LIMIT 3").update();

        assertThat(counted()).isEqualTo(actual());
        assertThat(counted()).anyMatch(row -> row.startsWith("2026/"));
    }
}
