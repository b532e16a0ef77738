package vn.binhthuy.partybuilding.classification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.ApplicationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-organization counts (V6) follow every insert, update and delete of member_rating, by trigger. */
@ApplicationTest
@Transactional
class MemberRatingCountTest {

    @Autowired JdbcClient jdbc;

    private List<String> counted() {
        return jdbc.sql("""
                SELECT CONCAT_WS('/', rating_year, organization_id, level_id, ratings) FROM member_rating_count
                WHERE ratings > 0 ORDER BY rating_year, organization_id, level_id""").query(String.class).list();
    }

    private List<String> actual() {
        return jdbc.sql("""
                SELECT CONCAT_WS('/', rating_year, organization_id, level_id, COUNT(*)) FROM member_rating
                GROUP BY rating_year, organization_id, level_id ORDER BY rating_year, organization_id, level_id""")
                .query(String.class).list();
    }

    @Test
    void countsMatchTheRatingsAfterTheDemoLoad() {
        assertThat(counted()).hasSizeGreaterThan(400).isEqualTo(actual());
    }

    @Test
    void countsFollowInsertsUpdatesAndDeletes() {
        long rating = jdbc.sql("SELECT MIN(id) FROM member_rating WHERE rating_year = 2018").query(Long.class).single();
        long otherLevel = jdbc.sql("""
                SELECT MIN(l.id) FROM rating_level l JOIN member_rating r ON r.id = :id
                WHERE l.scheme_id = (SELECT scheme_id FROM rating_level WHERE id = r.level_id) AND l.id <> r.level_id""")
                .param("id", rating).query(Long.class).single();
        long otherOrganization = jdbc.sql("""
                SELECT MIN(u.id) FROM unit u JOIN member_rating r ON r.id = :id
                WHERE u.level = 'GRASSROOTS' AND u.id <> r.organization_id""").param("id", rating).query(Long.class).single();

        jdbc.sql("UPDATE member_rating SET level_id = :level WHERE id = :id").param("level", otherLevel).param("id", rating).update();
        jdbc.sql("UPDATE member_rating SET organization_id = :org WHERE id = :id").param("org", otherOrganization).param("id", rating).update();
        jdbc.sql("UPDATE member_rating SET note = 'only the note' WHERE rating_year = 2019 LIMIT 50").update();
        jdbc.sql("DELETE FROM member_rating WHERE rating_year = 2017 ORDER BY id LIMIT 3").update();
        jdbc.sql("""
                INSERT INTO member_rating (member_id, rating_year, unit_id, organization_id, level_id)
                SELECT member_id, 2026, unit_id, organization_id, level_id FROM member_rating
                WHERE rating_year = 2019 ORDER BY id LIMIT 5""").update();

        assertThat(counted()).isEqualTo(actual());
        assertThat(counted()).anyMatch(row -> row.startsWith("2026/"));
    }
}
