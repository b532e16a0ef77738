package vn.binhthuy.partybuilding.reviews;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.util.List;

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
                        WHERE review_year = :year AND """ + UnitScope.condition("organization_id")))
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

    void insertNotebookEntry(long unitId, long organizationId, java.time.LocalDate date, String kind, String content,
                             String recordedBy) {
        jdbc.sql("""
                        INSERT INTO notebook_entry (unit_id, organization_id, entry_date, kind, content, recorded_by)
                        VALUES (:unit, :org, :date, :kind, :content, :by)""")
                .param("unit", unitId).param("org", organizationId).param("date", date).param("kind", kind)
                .param("content", content).param("by", recordedBy).update();
    }

    void insertDelegation(int year, long unitId, long organizationId, Long memberId, String participation,
                          java.time.LocalDate date, String headName, String note) {
        jdbc.sql("""
                        INSERT INTO review_delegation (review_year, unit_id, organization_id, member_id, participation,
                                                       review_date, head_name, note)
                        VALUES (:year, :unit, :org, :member, :participation, :date, :head, :note)""")
                .param("year", year).param("unit", unitId).param("org", organizationId).param("member", memberId)
                .param("participation", participation).param("date", date).param("head", headName).param("note", note)
                .update();
    }

    /** Changes an entry of the organization if it is still at the version read; returns rows changed (0 or 1). */
    int updateNotebookEntry(long id, int version, long organizationId, long unitId, java.time.LocalDate date,
                            String kind, String content) {
        return jdbc.sql("""
                        UPDATE notebook_entry SET unit_id = :unit, entry_date = :date, kind = :kind, content = :content,
                               version = version + 1
                        WHERE id = :id AND version = :version AND organization_id = :org""")
                .param("id", id).param("version", version).param("org", organizationId).param("unit", unitId)
                .param("date", date).param("kind", kind).param("content", content).update();
    }

    int deleteNotebookEntry(long id, int version, long organizationId) {
        return jdbc.sql("DELETE FROM notebook_entry WHERE id = :id AND version = :version AND organization_id = :org")
                .param("id", id).param("version", version).param("org", organizationId).update();
    }

    /** The unit of an individual review is the member's and is kept: pass the unit read for those. */
    int updateDelegation(long id, int version, long organizationId, long unitId, String participation,
                         java.time.LocalDate date, String headName, String note) {
        return jdbc.sql("""
                        UPDATE review_delegation SET unit_id = :unit, participation = :participation,
                               review_date = :date, head_name = :head, note = :note, version = version + 1
                        WHERE id = :id AND version = :version AND organization_id = :org""")
                .param("id", id).param("version", version).param("org", organizationId).param("unit", unitId)
                .param("participation", participation).param("date", date).param("head", headName)
                .param("note", note).update();
    }

    int deleteDelegation(long id, int version, long organizationId) {
        return jdbc.sql("DELETE FROM review_delegation WHERE id = :id AND version = :version AND organization_id = :org")
                .param("id", id).param("version", version).param("org", organizationId).update();
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
