package vn.binhthuy.partybuilding.units.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.base.ValidYears;
import vn.binhthuy.partybuilding.units.SuccessionKind;
import vn.binhthuy.partybuilding.units.UnitLevel;

import java.util.List;
import java.util.Optional;

@Repository
class UnitCatalogQueries {

    private static final String COLUMNS = """
            SELECT u.id, u.code, u.parent_id, u.kind_code, u.level, u.name, u.short_name, u.valid_from_year,
                   u.valid_to_year, u.sort_order, u.version,
                   (SELECT COUNT(*) FROM unit c WHERE c.parent_id = u.id) AS children
            FROM unit u""";

    private final JdbcClient jdbc;

    UnitCatalogQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CatalogUnit> children(Long parentId) {
        return jdbc.sql(COLUMNS + " WHERE u.parent_id <=> :parent ORDER BY u.sort_order, u.name")
                .param("parent", parentId).query(CatalogUnit.class).list();
    }

    Optional<CatalogUnit> byId(long id) {
        return jdbc.sql(COLUMNS + " WHERE u.id = :id").param("id", id).query(CatalogUnit.class).optional();
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM unit WHERE code = :code").param("code", code).query(Long.class).single() > 0;
    }

    Optional<UnitLevel> kindLevel(String kindCode) {
        return jdbc.sql("SELECT level FROM unit_kind WHERE code = :code").param("code", kindCode)
                .query(UnitLevel.class).optional();
    }

    /** The first and last year of the unit's children, or empty without children. */
    Optional<int[]> childYears(long unitId, int openEnd) {
        return jdbc.sql("""
                        SELECT MIN(valid_from_year) AS first_year, MAX(COALESCE(valid_to_year, :open)) AS last_year
                        FROM unit WHERE parent_id = :id HAVING COUNT(*) > 0""")
                .param("id", unitId).param("open", openEnd)
                .query((rs, i) -> new int[]{rs.getInt("first_year"), rs.getInt("last_year")}).optional();
    }

    /** Members assigned directly to the unit today (an organization without cells holds its members itself). */
    long membersDirectlyIn(long unitId) {
        return jdbc.sql("SELECT COUNT(*) FROM member_assignment WHERE unit_id = :id AND valid_to IS NULL")
                .param("id", unitId).query(Long.class).single();
    }

    /**
     * The first year outside [from, to] in which the unit has ratings, findings, plans or reviews, if any: those
     * years' figures would lose their unit.
     */
    Optional<Integer> yearWithDataOutside(long unitId, int from, int to) {
        return jdbc.sql("""
                        SELECT MIN(y) FROM (
                          SELECT rating_year AS y FROM organization_rating WHERE unit_id = :id
                          UNION ALL SELECT rating_year FROM member_rating WHERE unit_id = :id OR organization_id = :id
                          UNION ALL SELECT finding_year FROM finding WHERE unit_id = :id OR organization_id = :id
                          UNION ALL SELECT plan_year FROM remediation_plan WHERE unit_id = :id OR organization_id = :id
                          UNION ALL SELECT review_year FROM review_delegation WHERE unit_id = :id OR organization_id = :id
                        ) d WHERE y < :from OR y > :to""")
                .param("id", unitId).param("from", from).param("to", to).query(Integer.class).optional();
    }

    /** The first year from the given one with notebook entries of the unit, if any. */
    Optional<Integer> notebookYearFrom(long unitId, int year) {
        return jdbc.sql("""
                        SELECT MIN(YEAR(entry_date)) FROM notebook_entry
                        WHERE (unit_id = :id OR organization_id = :id) AND entry_date >= MAKEDATE(:year, 1)""")
                .param("id", unitId).param("year", year).query(Integer.class).optional();
    }

    /** Members still assigned to the unit after the last day of the year. */
    long membersAfter(long unitId, int lastYear) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM member_assignment
                        WHERE unit_id = :id AND (valid_to IS NULL OR YEAR(valid_to) > :year)""")
                .param("id", unitId).param("year", lastYear).query(Long.class).single();
    }

    /** Units of the given levels valid in the year, but not the one excluded (a unit's own parent), by name. */
    List<CatalogUnit> validIn(java.util.Collection<String> levels, int year, Long excludedId) {
        return jdbc.sql(COLUMNS + " WHERE u.level IN (:levels) AND " + ValidYears.condition("u", ":year")
                        + " AND NOT (u.id <=> :excluded) ORDER BY u.level, u.sort_order, u.name")
                .param("levels", levels).param("year", year).param("excluded", excludedId)
                .query(CatalogUnit.class).list();
    }

    void insertSuccession(long predecessorId, long successorId, int fromYear, SuccessionKind kind) {
        jdbc.sql("""
                        INSERT INTO unit_succession (predecessor_id, successor_id, from_year, kind)
                        VALUES (:predecessor, :successor, :year, :kind)""")
                .param("predecessor", predecessorId).param("successor", successorId).param("year", fromYear)
                .param("kind", kind.name()).update();
    }
}
