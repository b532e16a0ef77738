package vn.binhthuy.partybuilding.export;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.importing.FindingImportColumns;
import vn.binhthuy.partybuilding.importing.NotebookImportColumns;
import vn.binhthuy.partybuilding.importing.ReviewImportColumns;

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

    /**
     * The remediation-plans import's own format: a row per plan named by its number (or the key its import gave it),
     * codes of units, members and manifestations, and the Vietnamese words the import reads for source, status and
     * post-inspection, so the sheet reads back through the import of the whole committee. In the order the plans were
     * made (by number): imported into a new server they are made again in that order, and the plan lists, which
     * break ties by number, keep their order there.
     */
    static final String PLANS_SHEET = "Kế hoạch khắc phục";
    static final List<String> PLANS_COLUMNS = List.of("Mã kế hoạch", "Năm", "Mã tổ chức", "Mã đơn vị", "Mã đảng viên",
            "Nguồn", "Tên kế hoạch", "Hạn chế, khuyết điểm", "Người chịu trách nhiệm", "Biểu hiện liên quan", "Ngày lập",
            "Hạn hoàn thành", "Trạng thái", "Ngày hoàn thành", "Kết quả hậu kiểm", "Ngày hậu kiểm", "Ghi chú hậu kiểm");
    static final String PLANS = """
            SELECT COALESCE(p.import_key, CAST(p.id AS CHAR)) AS plan_key, p.plan_year, o.code AS organization,
                   u.code AS unit, COALESCE(m.code, '') AS member_code, """
            + words("p.source", "SELF_REVIEW", "Tự kiểm điểm", "REVIEW_DELEGATION", "Đoàn kiểm điểm",
                    "INSPECTION", "Kiểm tra") + """
             AS source, p.title, p.shortcomings, p.responsible_person,
                   COALESCE((SELECT GROUP_CONCAT(i.code ORDER BY i.code SEPARATOR ', ')
                             FROM remediation_plan_indicator l JOIN indicator i ON i.id = l.indicator_id
                             WHERE l.plan_id = p.id), '') AS indicators,
                   p.created_on, p.deadline, """
            + words("p.status", "NOT_STARTED", "Chưa thực hiện", "IN_PROGRESS", "Đang thực hiện", "DONE",
                    "Đã hoàn thành", "VERIFIED", "Đã hậu kiểm") + """
             AS status, p.completed_on, """
            + words("p.verification_result", "CONFIRMED", "Xác nhận đã khắc phục", "NOT_CONFIRMED",
                    "Chưa khắc phục triệt để") + """
             AS verification, p.verified_on, COALESCE(p.verification_note, '') AS verification_note
            FROM remediation_plan p
            JOIN unit u ON u.id = p.unit_id JOIN unit o ON o.id = p.organization_id
            LEFT JOIN party_member m ON m.id = p.member_id
            WHERE p.plan_year = ? ORDER BY p.id""";

    /** The progress-reports import's own format: the plan as the plans sheet names it, then each report. */
    static final String PROGRESS_SHEET = "Tiến độ khắc phục";
    static final List<String> PROGRESS_COLUMNS = List.of("Mã kế hoạch", "Năm", "Mã tổ chức", "Ngày báo cáo",
            "Tỷ lệ hoàn thành (%)", "Nội dung");
    static final String PROGRESS = """
            SELECT COALESCE(p.import_key, CAST(p.id AS CHAR)) AS plan_key, p.plan_year, o.code AS organization,
                   r.reported_on, r.percent_complete, r.note
            FROM remediation_progress r
            JOIN remediation_plan p ON p.id = r.plan_id JOIN unit o ON o.id = p.organization_id
            WHERE p.plan_year = ? ORDER BY p.id, r.reported_on, r.id""";
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
                   m.official_on, u.code AS cell_code, a.valid_from, m.left_on, m.departure_reason
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

    /** A code column written as the words an import reads (constants only, never user input); '' for none. */
    private static String words(String column, String... codeThenWord) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (int i = 0; i < codeThenWord.length; i += 2) {
            sql.append(" WHEN '").append(codeThenWord[i]).append("' THEN '").append(codeThenWord[i + 1]).append('\'');
        }
        return sql.append(" ELSE '' END ").toString();
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
