package vn.binhthuy.partybuilding.members;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

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
                        SELECT m.id, m.code, m.full_name, m.gender, m.birth_year, m.admitted_on, m.left_on,
                               u.name AS cell_name, o.short_name AS organization_name, m.version
                        """ + FROM + " ORDER BY " + sort.sql + (ascending ? " ASC" : " DESC")
                        + ", m.id LIMIT :limit OFFSET :offset"), filter)
                .param("limit", limit).param("offset", offset).query(MemberRow.class).list();
    }

    long count(MemberFilter filter) {
        return bind(jdbc.sql("SELECT COUNT(*) " + FROM), filter).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, MemberFilter filter) {
        String text = filter.text() == null || filter.text().isBlank() ? null : filter.text().trim();
        return spec.param("text", text).param("like", text == null ? null : "%" + text + "%")
                .param("org", filter.organizationId()).param("includeLeft", filter.includeLeft());
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM party_member WHERE code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    long insert(String code, String fullName, String gender, int birthYear, LocalDate admittedOn) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO party_member (code, full_name, gender, birth_year, admitted_on)
                        VALUES (:code, :name, :gender, :birth, :admitted)""")
                .param("code", code).param("name", fullName).param("gender", gender).param("birth", birthYear)
                .param("admitted", admittedOn).update(keys);
        return keys.getKey().longValue();
    }

    LocalDate admittedOn(long memberId) {
        return jdbc.sql("SELECT admitted_on FROM party_member WHERE id = :id").param("id", memberId)
                .query(LocalDate.class).single();
    }

    void markLeft(long memberId, LocalDate on) {
        jdbc.sql("UPDATE party_member SET left_on = :on, version = version + 1 WHERE id = :id AND left_on IS NULL")
                .param("id", memberId).param("on", on).update();
        jdbc.sql("UPDATE member_assignment SET valid_to = :on WHERE member_id = :id AND valid_to IS NULL")
                .param("id", memberId).param("on", on).update();
    }

    /** The unit of the member's latest assignment (their cell today, or the last one before they left). */
    java.util.Optional<Long> lastUnit(long memberId) {
        return jdbc.sql("""
                        SELECT unit_id FROM member_assignment WHERE member_id = :id
                        ORDER BY valid_from DESC LIMIT 1""")
                .param("id", memberId).query(Long.class).optional();
    }

    LocalDate firstAssignmentStart(long memberId) {
        return jdbc.sql("SELECT MIN(valid_from) FROM member_assignment WHERE member_id = :id")
                .param("id", memberId).query(LocalDate.class).single();
    }

    int updatePersonalData(long memberId, int expectedVersion, String fullName, String gender, int birthYear,
                           LocalDate admittedOn) {
        return jdbc.sql("""
                        UPDATE party_member SET full_name = :name, gender = :gender, birth_year = :birth,
                               admitted_on = :admitted, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", memberId).param("version", expectedVersion).param("name", fullName)
                .param("gender", gender).param("birth", birthYear).param("admitted", admittedOn).update();
    }
}
