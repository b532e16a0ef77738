package vn.binhthuy.partybuilding.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;
import vn.binhthuy.partybuilding.remediation.PlanStatus;
import vn.binhthuy.partybuilding.remediation.PlanUpdates;
import vn.binhthuy.partybuilding.remediation.VerificationResult;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The stored plans of a year an import compares with; writes go through the remediation feature's PlanUpdates. */
@Repository
class PlanImportQueries {

    private final JdbcClient jdbc;

    PlanImportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The year's plans of the organization (null: of the whole committee), as an import would state them. */
    List<PlanUpdates.ImportedPlan> stored(Long organizationId, int year, ImportQueries.Lock lock) {
        return jdbc.sql("""
                        SELECT p.id, p.version, p.import_key, p.plan_year, p.unit_id, p.organization_id, p.member_id,
                               p.source, p.title, p.shortcomings, p.responsible_person, p.created_on, p.deadline,
                               p.status, p.completed_on, p.verification_result, p.verified_on, p.verification_note,
                               (SELECT GROUP_CONCAT(i.indicator_id) FROM remediation_plan_indicator i
                                WHERE i.plan_id = p.id) AS indicator_ids
                        FROM remediation_plan p
                        WHERE p.plan_year = :year AND (:org IS NULL OR p.organization_id = :org)""" + lock.sql())
                .param("year", year).param("org", organizationId)
                .query((rs, i) -> new PlanUpdates.ImportedPlan(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getInt(4), rs.getLong(5), rs.getLong(6), rs.getObject(7, Long.class),
                        ShortcomingSource.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class),
                        PlanStatus.valueOf(rs.getString(14)), rs.getObject(15, LocalDate.class),
                        rs.getString(16) == null ? null : VerificationResult.valueOf(rs.getString(16)),
                        rs.getObject(17, LocalDate.class), rs.getString(18), ids(rs.getString(19)))).list();
    }

    /**
     * Whether this server has a plan of this number that files name by its number: one made here, without an import
     * key (a plan brought from another server is named by its key, the number it had there).
     */
    boolean isNumberedPlan(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM remediation_plan WHERE id = :id AND import_key IS NULL")
                .param("id", id).query(Long.class).single() > 0;
    }

    /** A stored progress report of one of the year's plans. */
    record Report(long planId, LocalDate reportedOn, int percentComplete, String note) {}

    /** The progress reports of the year's plans of the organization (null: of the whole committee). */
    List<Report> reports(Long organizationId, int year) {
        return jdbc.sql("""
                        SELECT r.plan_id, r.reported_on, r.percent_complete, r.note
                        FROM remediation_progress r JOIN remediation_plan p ON p.id = r.plan_id
                        WHERE p.plan_year = :year AND (:org IS NULL OR p.organization_id = :org)""")
                .param("year", year).param("org", organizationId)
                .query(Report.class).list();
    }

    private static Set<Long> ids(String list) {
        return list == null || list.isBlank() ? Set.of()
                : Arrays.stream(list.split(",")).map(Long::valueOf).collect(Collectors.toSet());
    }
}
