package vn.binhthuy.partybuilding.reviews;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.util.List;

/** The SQL behind the review figures and lists (reads only: reviews and notes are written as aggregates). */
@Repository
class ReviewQueries {

    private final JdbcClient jdbc;

    ReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReviewSummary summary(int year, UnitScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT :year AS year,
                          COALESCE(SUM(participation = 'LED' AND member_id IS NULL), 0) AS led_collectives,
                          COALESCE(SUM(participation = 'LED' AND member_id IS NOT NULL), 0) AS led_individuals,
                          COALESCE(SUM(participation = 'ATTENDED' AND member_id IS NULL), 0) AS attended_collectives,
                          COALESCE(SUM(participation = 'ATTENDED' AND member_id IS NOT NULL), 0) AS attended_individuals
                        FROM review_delegation
                        WHERE review_year = :year AND """ + scope.condition("organization_id")))
                .param("year", year)
                .query(ReviewSummary.class).single();
    }

    List<ReviewDelegation> delegations(int year, long organizationId) {
        return jdbc.sql("""
                        SELECT r.id, r.review_year AS year, r.unit_id, u.name AS unit_name,
                               r.member_id IS NOT NULL AS individual, r.participation, r.review_date, r.head_name,
                               r.note, r.version
                        FROM review_delegation r JOIN unit u ON u.id = r.unit_id
                        WHERE r.review_year = :year AND r.organization_id = :org
                        ORDER BY r.review_date, r.id""")
                .param("year", year).param("org", organizationId).query(ReviewDelegation.class).list();
    }

    /** Notebook entries of the organization and its cells dated in the year, newest first. */
    List<NotebookEntry> notebook(int year, long organizationId) {
        return jdbc.sql("""
                        SELECT n.id, n.unit_id, u.name AS unit_name, n.entry_date, n.kind, n.content, n.recorded_by,
                               n.version
                        FROM notebook_entry n JOIN unit u ON u.id = n.unit_id
                        WHERE n.organization_id = :org AND n.member_id IS NULL
                          AND n.entry_date BETWEEN MAKEDATE(:year, 1) AND MAKEDATE(:year + 1, 1) - INTERVAL 1 DAY
                        ORDER BY n.entry_date DESC, n.id DESC""")
                .param("year", year).param("org", organizationId).query(NotebookEntry.class).list();
    }

    /** Whether the member belonged to the unit at some time in the year. */
    boolean memberInUnitDuring(long memberId, long unitId, int year) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM member_assignment WHERE member_id = :member AND unit_id = :unit
                          AND valid_from <= MAKEDATE(:year + 1, 1) - INTERVAL 1 DAY
                          AND (valid_to IS NULL OR valid_to >= MAKEDATE(:year, 1))""")
                .param("member", memberId).param("unit", unitId).param("year", year).query(Long.class).single() > 0;
    }
}
