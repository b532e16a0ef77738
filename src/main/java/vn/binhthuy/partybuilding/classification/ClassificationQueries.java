package vn.binhthuy.partybuilding.classification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The SQL behind classification charts: counts by level, grouped in the database. */
@Repository
class ClassificationQueries {

    private final JdbcClient jdbc;

    ClassificationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Integer> ratedYears() {
        return jdbc.sql("SELECT DISTINCT rating_year FROM organization_rating ORDER BY rating_year")
                .query(Integer.class).list();
    }

    List<RatingLevel> scale(RatingSubject subject, int year) {
        return jdbc.sql("""
                        SELECT l.id, l.code, l.level_rank, l.name_vi, l.name_en, l.counts_as_good, l.color
                        FROM rating_level l JOIN rating_scheme s ON s.id = l.scheme_id
                        WHERE s.subject = :subject AND s.valid_from_year <= :year
                          AND (s.valid_to_year IS NULL OR s.valid_to_year >= :year)
                        ORDER BY l.level_rank""")
                .param("subject", subject.name()).param("year", year)
                .query(RatingLevel.class).list();
    }

    ClassificationSummary summary(int year, Long organizationId) {
        return jdbc.sql("""
                        SELECT :year AS year,
                          (SELECT COUNT(*) FROM organization_rating r
                             WHERE r.rating_year = :year AND (:org IS NULL OR r.unit_id = :org)) AS organizations_rated,
                          (SELECT COUNT(*) FROM organization_rating r JOIN rating_level l ON l.id = r.level_id
                             WHERE r.rating_year = :year AND l.level_rank = 1 AND (:org IS NULL OR r.unit_id = :org))
                             AS top_level_organizations,
                          (SELECT COUNT(*) FROM organization_rating r
                             WHERE r.rating_year = :year AND r.exemplary AND (:org IS NULL OR r.unit_id = :org))
                             AS exemplary_organizations,
                          (SELECT COUNT(*) FROM member_rating m
                             WHERE m.rating_year = :year AND (:org IS NULL OR m.organization_id = :org)) AS members_rated,
                          (SELECT COUNT(*) FROM member_rating m JOIN rating_level l ON l.id = m.level_id
                             WHERE m.rating_year = :year AND l.counts_as_good AND (:org IS NULL OR m.organization_id = :org))
                             AS members_good""")
                .param("year", year).param("org", organizationId)
                .query(ClassificationSummary.class).single();
    }

    /** Member ratings per grassroots organization and level. */
    List<UnitLevelCount> memberLevelsByOrganization(int year) {
        return jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               l.code AS level_code, c.ratings
                        FROM (SELECT organization_id, level_id, COUNT(*) AS ratings
                              FROM member_rating WHERE rating_year = :year
                              GROUP BY organization_id, level_id) c
                        JOIN unit u ON u.id = c.organization_id
                        JOIN rating_level l ON l.id = c.level_id
                        ORDER BY u.sort_order, l.level_rank""")
                .param("year", year).query(UnitLevelCount.class).list();
    }

    /** Member ratings per cell of one grassroots organization and level. */
    List<UnitLevelCount> memberLevelsByCell(int year, long organizationId) {
        return jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               l.code AS level_code, c.ratings
                        FROM (SELECT unit_id, level_id, COUNT(*) AS ratings
                              FROM member_rating WHERE rating_year = :year AND organization_id = :org
                              GROUP BY unit_id, level_id) c
                        JOIN unit u ON u.id = c.unit_id
                        JOIN rating_level l ON l.id = c.level_id
                        ORDER BY u.sort_order, l.level_rank""")
                .param("year", year).param("org", organizationId).query(UnitLevelCount.class).list();
    }

    /** Organization ratings of the district per level, best level first. */
    List<LevelCount> organizationLevels(int year) {
        return jdbc.sql("""
                        SELECT l.code AS level_code, l.level_rank, COUNT(*) AS ratings
                        FROM organization_rating r JOIN rating_level l ON l.id = r.level_id
                        WHERE r.rating_year = :year
                        GROUP BY l.code, l.level_rank
                        ORDER BY l.level_rank""")
                .param("year", year).query(LevelCount.class).list();
    }
}
