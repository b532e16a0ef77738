package vn.binhthuy.partybuilding.export;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** The rows of a year's whole dataset, streamed row by row (never collected in memory). */
@Repository
class DatasetQueries {

    static final String ORGANIZATION_RATINGS = """
            SELECT u.code, u.name, k.name_vi AS kind, l.code AS level_code, l.name_vi AS level_name,
                   IF(r.exemplary, 'x', '') AS exemplary
            FROM organization_rating r
            JOIN unit u ON u.id = r.unit_id JOIN unit_kind k ON k.code = u.kind_code
            JOIN rating_level l ON l.id = r.level_id
            WHERE r.rating_year = ? ORDER BY u.sort_order""";

    static final String MEMBER_RATINGS = """
            SELECT m.code, m.full_name, c.name AS cell, o.name AS organization, l.code AS level_code,
                   l.name_vi AS level_name
            FROM member_rating r
            JOIN party_member m ON m.id = r.member_id
            JOIN unit c ON c.id = r.unit_id JOIN unit o ON o.id = r.organization_id
            JOIN rating_level l ON l.id = r.level_id
            WHERE r.rating_year = ? ORDER BY o.sort_order, c.sort_order, m.code""";

    static final String FINDINGS = """
            SELECT i.code AS indicator, i.group_code, COALESCE(m.code, '') AS member_code, u.name AS unit,
                   o.name AS organization, f.degree, f.source, f.found_on
            FROM finding f
            JOIN indicator i ON i.id = f.indicator_id
            LEFT JOIN party_member m ON m.id = f.member_id
            JOIN unit u ON u.id = f.unit_id JOIN unit o ON o.id = f.organization_id
            WHERE f.finding_year = ? ORDER BY o.sort_order, u.sort_order, f.id""";

    static final String PLANS = """
            SELECT p.id, o.name AS organization, u.name AS unit, COALESCE(m.code, '') AS member_code, p.source,
                   p.title, p.created_on, p.deadline, p.status, p.completed_on, COALESCE(p.verification_result, '')
                   AS verification
            FROM remediation_plan p
            JOIN unit u ON u.id = p.unit_id JOIN unit o ON o.id = p.organization_id
            LEFT JOIN party_member m ON m.id = p.member_id
            WHERE p.plan_year = ? ORDER BY o.sort_order, p.deadline, p.id""";

    /** Every unit with its years, as the unit import reads it: the register, not one year's. */
    static final String UNITS = """
            SELECT u.code, u.name, u.short_name, k.name_vi AS kind, COALESCE(p.code, '') AS parent_code,
                   u.valid_from_year, u.valid_to_year, u.sort_order
            FROM unit u JOIN unit_kind k ON k.code = u.kind_code LEFT JOIN unit p ON p.id = u.parent_id
            ORDER BY FIELD(u.level, 'PROVINCE', 'DISTRICT', 'GRASSROOTS', 'CELL'), p.sort_order, p.code, u.sort_order,
                     u.code""";

    /** Every member with the cell of their latest assignment and since when, as the member import reads it. */
    static final String MEMBERS = """
            SELECT m.code, m.full_name, IF(m.gender = 'F', 'Nữ', 'Nam') AS gender, m.birth_year, m.admitted_on,
                   u.code AS cell_code, a.valid_from, m.left_on
            FROM party_member m
            JOIN member_assignment a ON a.member_id = m.id
             AND a.valid_from = (SELECT MAX(l.valid_from) FROM member_assignment l WHERE l.member_id = m.id)
            JOIN unit u ON u.id = a.unit_id
            ORDER BY m.code""";

    /** Every stretch of every member's cell history, as the history import reads it. */
    static final String MEMBER_HISTORY = """
            SELECT m.code, u.code AS cell_code, a.valid_from, a.valid_to
            FROM member_assignment a JOIN party_member m ON m.id = a.member_id JOIN unit u ON u.id = a.unit_id
            ORDER BY m.code, a.valid_from""";

    private final JdbcTemplate jdbc;

    DatasetQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void stream(String sql, int year, RowCallbackHandler handler) {
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql, java.sql.ResultSet.TYPE_FORWARD_ONLY,
                    java.sql.ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(500);
            if (sql.indexOf('?') >= 0) {
                statement.setInt(1, year);
            }
            return statement;
        }, handler);
    }
}
