package vn.binhthuy.partybuilding.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.reviews.NotebookKind;
import vn.binhthuy.partybuilding.reviews.NotebookNote;
import vn.binhthuy.partybuilding.reviews.Review;
import vn.binhthuy.partybuilding.reviews.ReviewParticipation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static vn.binhthuy.partybuilding.importing.ScopeSql.unitsOf;

/**
 * The lookups of the review-delegation and notebook imports, for a scope (one organization, or null: the whole
 * committee), each one set-based query; the writes go through the reviews feature's aggregates.
 */
@Repository
class ReviewImportQueries {

    /** A member who belonged to units of the scope during the year, and which. */
    record YearMember(long id, Set<Long> unitIds) {}

    private final JdbcClient jdbc;

    ReviewImportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Members assigned to a unit of the scope at some time in the year, by code, with those units. */
    Map<String, YearMember> members(Long organizationId, int year) {
        Map<String, YearMember> members = new HashMap<>();
        jdbc.sql("SELECT m.code, m.id, a.unit_id FROM party_member m JOIN member_assignment a ON a.member_id = m.id"
                        + " JOIN unit u ON u.id = a.unit_id WHERE " + unitsOf(organizationId)
                        + " AND a.valid_from <= :end AND (a.valid_to IS NULL OR a.valid_to >= :start)")
                .param("org", organizationId).param("start", LocalDate.of(year, 1, 1))
                .param("end", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    long id = rs.getLong(2);
                    members.computeIfAbsent(rs.getString(1), c -> new YearMember(id, new HashSet<>()))
                            .unitIds().add(rs.getLong(3));
                });
        return members;
    }

    /**
     * The year's reviews of the scope and those of its members recorded by another organization, by subject key
     * ("U12", "M345") — the one-review-per-subject-and-year rule the table enforces across organizations.
     */
    Map<String, Review> reviews(Long organizationId, int year, ImportQueries.Lock lock) {
        String scope = organizationId == null ? "" : " AND (organization_id = :org OR member_id IN ("
                + "SELECT a.member_id FROM member_assignment a JOIN unit u ON u.id = a.unit_id WHERE "
                + unitsOf(organizationId) + " AND a.valid_from <= :end AND (a.valid_to IS NULL OR a.valid_to >= :start)))";
        Map<String, Review> reviews = new HashMap<>();
        jdbc.sql("""
                        SELECT subject_key, id, review_year, unit_id, organization_id, member_id, participation,
                               review_date, head_name, note, version
                        FROM review_delegation WHERE review_year = :year""" + scope + lock.sql())
                .param("org", organizationId).param("year", year).param("start", LocalDate.of(year, 1, 1))
                .param("end", LocalDate.of(year, 12, 31))
                .query((rs, i) -> Map.entry(rs.getString(1), new Review(rs.getLong(2), rs.getInt(3), rs.getLong(4),
                        rs.getLong(5), rs.getObject(6, Long.class), ReviewParticipation.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10), rs.getInt(11))))
                .list().forEach(e -> reviews.put(e.getKey(), e.getValue()));
        return reviews;
    }

    /** The notes of collectives of the scope dated in the year, by {@link NotebookImport#key}. */
    Map<String, NotebookNote> notes(Long organizationId, int year, ImportQueries.Lock lock) {
        Map<String, NotebookNote> notes = new HashMap<>();
        jdbc.sql("""
                        SELECT id, unit_id, organization_id, entry_date, kind, content, recorded_by, version
                        FROM notebook_entry WHERE member_id IS NULL AND entry_date BETWEEN :start AND :end"""
                        + (organizationId == null ? "" : " AND organization_id = :org") + lock.sql())
                .param("org", organizationId).param("start", LocalDate.of(year, 1, 1))
                .param("end", LocalDate.of(year, 12, 31))
                .query((rs, i) -> new NotebookNote(rs.getLong(1), rs.getLong(2), rs.getLong(3), null,
                        rs.getObject(4, LocalDate.class), NotebookKind.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7), rs.getInt(8)))
                .list().forEach(n -> notes.put(NotebookImport.key(n.unitId(), n.entryDate(), n.kind(), n.content()), n));
        return notes;
    }
}
