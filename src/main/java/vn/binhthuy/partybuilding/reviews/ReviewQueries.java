package vn.binhthuy.partybuilding.reviews;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviewQueries {

    private final JdbcClient jdbc;

    ReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReviewSummary summary(int year, Long organizationId) {
        return jdbc.sql("""
                        SELECT :year AS year,
                          COALESCE(SUM(participation = 'LED' AND member_id IS NULL), 0) AS led_collectives,
                          COALESCE(SUM(participation = 'LED' AND member_id IS NOT NULL), 0) AS led_individuals,
                          COALESCE(SUM(participation = 'ATTENDED' AND member_id IS NULL), 0) AS attended_collectives,
                          COALESCE(SUM(participation = 'ATTENDED' AND member_id IS NOT NULL), 0) AS attended_individuals
                        FROM review_delegation
                        WHERE review_year = :year AND (:org IS NULL OR organization_id = :org)""")
                .param("year", year).param("org", organizationId)
                .query(ReviewSummary.class).single();
    }
}
