package vn.binhthuy.partybuilding.export;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The rows of a year's whole dataset, streamed row by row (never collected in memory). */
@Repository
class DatasetQueries {

    /**
     * The organization-ratings import's own format (sheet name, Vietnamese headers, codes and "x"), so the sheet reads
     * back through the import of the whole committee.
     */
    static final String ORGANIZATION_RATINGS_SHEET = "Xếp loại tổ chức đảng";
    static final List<String> ORGANIZATION_RATINGS_COLUMNS = List.of("Mã tổ chức", "Tên tổ chức", "Năm",
            "Mức xếp loại", "Tiêu biểu", "Ghi chú");
    static final String ORGANIZATION_RATINGS = """
            SELECT u.code, u.name, r.rating_year, l.code AS level_code, IF(r.exemplary, 'x', '') AS exemplary,
                   COALESCE(r.note, '') AS note
            FROM organization_rating r
            JOIN unit u ON u.id = r.unit_id
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

    private final JdbcTemplate jdbc;

    DatasetQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void stream(String sql, int year, RowCallbackHandler handler) {
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql, java.sql.ResultSet.TYPE_FORWARD_ONLY,
                    java.sql.ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(500);
            statement.setInt(1, year);
            return statement;
        }, handler);
    }
}
