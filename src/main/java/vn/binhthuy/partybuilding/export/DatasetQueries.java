package vn.binhthuy.partybuilding.export;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.importing.FindingImportColumns;
import vn.binhthuy.partybuilding.importing.NotebookImportColumns;
import vn.binhthuy.partybuilding.importing.ReviewImportColumns;

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

    /** The member ratings as the member-rating import reads them (RatingImportColumns.ALL), for every organization. */
    static final String MEMBER_RATINGS = """
            SELECT m.code, m.full_name, c.code AS cell_code, r.rating_year, l.code AS level_code, '' AS rated_on,
                   COALESCE(r.note, '') AS note
            FROM member_rating r
            JOIN party_member m ON m.id = r.member_id
            JOIN unit c ON c.id = r.unit_id JOIN unit o ON o.id = r.organization_id
            JOIN rating_level l ON l.id = r.level_id
            WHERE r.rating_year = ? ORDER BY o.sort_order, c.sort_order, m.code""";

    /** The findings as the findings import reads them (FindingImportColumns.ALL): degree and source as its words. */
    static final String FINDINGS = "SELECT COALESCE(m.code, '') AS member_code, u.code AS cell_code, f.finding_year,"
            + " i.code AS indicator, " + FindingImportColumns.degreeSql("f.degree") + " AS degree, "
            + FindingImportColumns.sourceSql("f.source") + " AS source, f.found_on, COALESCE(f.note, '') AS note"
            + """
             FROM finding f
            JOIN indicator i ON i.id = f.indicator_id
            LEFT JOIN party_member m ON m.id = f.member_id
            JOIN unit u ON u.id = f.unit_id JOIN unit o ON o.id = f.organization_id
            WHERE f.finding_year = ? ORDER BY o.sort_order, u.sort_order, f.id""";

    /** The review delegations as their import reads them (ReviewImportColumns.ALL). */
    static final String REVIEWS = "SELECT COALESCE(m.code, '') AS member_code, u.code AS unit_code, r.review_year, "
            + ReviewImportColumns.participationSql("r.participation") + " AS participation, r.review_date,"
            + " r.head_name, COALESCE(r.note, '') AS note"
            + """
             FROM review_delegation r
            JOIN unit u ON u.id = r.unit_id JOIN unit o ON o.id = r.organization_id
            LEFT JOIN party_member m ON m.id = r.member_id
            WHERE r.review_year = ? ORDER BY o.sort_order, r.review_date, r.id""";

    /** The notebook of collectives as its import reads it (NotebookImportColumns.ALL). */
    static final String NOTEBOOK = "SELECT u.code AS unit_code, n.entry_date, "
            + NotebookImportColumns.kindSql("n.kind") + " AS kind, n.content, n.recorded_by"
            + """
             FROM notebook_entry n
            JOIN unit u ON u.id = n.unit_id JOIN unit o ON o.id = n.organization_id
            WHERE n.member_id IS NULL AND YEAR(n.entry_date) = ? ORDER BY o.sort_order, n.entry_date, n.id""";

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
