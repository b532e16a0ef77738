package vn.binhthuy.partybuilding.members;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The member register's search, paged and sorted in SQL. */
@Repository
class MemberQueries {

    private static final String FROM = """
            FROM party_member m
            LEFT JOIN member_assignment a ON a.member_id = m.id AND a.valid_to IS NULL
            LEFT JOIN unit u ON u.id = a.unit_id
            LEFT JOIN unit o ON o.id = IF(u.level = 'CELL', u.parent_id, u.id)
            WHERE (:text IS NULL OR m.full_name LIKE :like OR m.code LIKE :like)
              AND (:org IS NULL OR o.id = :org)
              AND (:includeLeft OR m.left_on IS NULL)""";

    private final JdbcClient jdbc;

    MemberQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MemberRow> find(MemberFilter filter, MemberSort sort, boolean ascending, int offset, int limit) {
        return bind(jdbc.sql("""
                        SELECT m.id, m.code, m.full_name, m.gender, m.birth_year, m.admitted_on, m.official_on, m.left_on,
                               m.departure_reason, u.name AS cell_name, o.short_name AS organization_name, m.version
                        """ + FROM + " ORDER BY " + sort.sql + (ascending ? " ASC" : " DESC")
                        + ", m.id LIMIT :limit OFFSET :offset"), filter)
                .param("limit", limit).param("offset", offset).query(MemberRow.class).list();
    }

    /** Members with a stretch in one of the units on or after the day. */
    List<Long> membersInFrom(java.util.Collection<Long> unitIds, java.time.LocalDate day) {
        return jdbc.sql("""
                        SELECT DISTINCT member_id FROM member_assignment
                        WHERE unit_id IN (:units) AND (valid_to IS NULL OR valid_to >= :day) ORDER BY member_id""")
                .param("units", unitIds).param("day", day).query(Long.class).list();
    }

    long count(MemberFilter filter) {
        return bind(jdbc.sql("SELECT COUNT(*) " + FROM), filter).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, MemberFilter filter) {
        String text = filter.text() == null || filter.text().isBlank() ? null : filter.text().trim();
        return spec.param("text", text).param("like", text == null ? null : "%" + text + "%")
                .param("org", filter.organizationId()).param("includeLeft", filter.includeLeft());
    }
}
