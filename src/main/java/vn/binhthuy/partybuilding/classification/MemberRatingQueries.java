package vn.binhthuy.partybuilding.classification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads single member ratings for editing; writes go through {@link MemberRatingRepository}. */
@Repository
class MemberRatingQueries {

    private final JdbcClient jdbc;

    MemberRatingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Members assigned to the unit at the end of the year, with their rating of that year if any. */
    List<MemberRatingEntry> entries(int year, long unitId) {
        return jdbc.sql("""
                        SELECT m.id AS member_id, m.code AS member_code, m.full_name, r.id AS rating_id,
                               l.code AS level_code, r.note, r.version
                        FROM member_assignment a
                        JOIN party_member m ON m.id = a.member_id
                        LEFT JOIN member_rating r ON r.member_id = m.id AND r.rating_year = :year
                        LEFT JOIN rating_level l ON l.id = r.level_id
                        WHERE a.unit_id = :unit AND a.valid_from <= :end AND (a.valid_to IS NULL OR a.valid_to >= :end)
                        ORDER BY m.full_name, m.code""")
                .param("year", year).param("unit", unitId).param("end", LocalDate.of(year, 12, 31))
                .query(MemberRatingEntry.class).list();
    }

    Optional<MemberRatingEntry> entry(int year, long memberId) {
        return jdbc.sql("""
                        SELECT m.id AS member_id, m.code AS member_code, m.full_name, r.id AS rating_id,
                               l.code AS level_code, r.note, r.version
                        FROM party_member m
                        LEFT JOIN member_rating r ON r.member_id = m.id AND r.rating_year = :year
                        LEFT JOIN rating_level l ON l.id = r.level_id
                        WHERE m.id = :member""")
                .param("year", year).param("member", memberId).query(MemberRatingEntry.class).optional();
    }

    /** The unit (cell) the member belongs to at the end of the year. */
    Optional<Long> unitAtEndOf(int year, long memberId) {
        return jdbc.sql("""
                        SELECT unit_id FROM member_assignment
                        WHERE member_id = :member AND valid_from <= :end AND (valid_to IS NULL OR valid_to >= :end)
                        ORDER BY valid_from DESC LIMIT 1""")
                .param("member", memberId).param("end", LocalDate.of(year, 12, 31)).query(Long.class).optional();
    }
}
