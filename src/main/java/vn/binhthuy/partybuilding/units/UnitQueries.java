package vn.binhthuy.partybuilding.units;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.base.ValidYears;

import java.util.List;
import java.util.Optional;

@Repository
class UnitQueries {

    private static final String COLUMNS = """
            SELECT id, code, parent_id, kind_code, level, name, short_name, valid_from_year, valid_to_year, sort_order,
                   version
            FROM unit""";

    private final JdbcClient jdbc;

    UnitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Unit> findByCode(String code) {
        return jdbc.sql(COLUMNS + " WHERE code = :code").param("code", code).query(Unit.class).optional();
    }

    /** The unit without a parent: the district of the demo, the province above several districts at scale. */
    Optional<Unit> findRoot() {
        return jdbc.sql(COLUMNS + " WHERE parent_id IS NULL ORDER BY id LIMIT 1").query(Unit.class).optional();
    }

    /** All grassroots organizations, whatever district they belong to; sort orders run on across districts. */
    List<Unit> findOrganizations() {
        return jdbc.sql(COLUMNS + " WHERE level = 'GRASSROOTS' ORDER BY sort_order, name").query(Unit.class).list();
    }

    /** The units a user account can be bound to: the root, any districts, the grassroots organizations. */
    List<Unit> findAboveCells() {
        return jdbc.sql(COLUMNS + """
                 WHERE level <> 'CELL'
                ORDER BY parent_id IS NOT NULL, FIELD(level, 'PROVINCE', 'DISTRICT', 'GRASSROOTS'), sort_order, name""")
                .query(Unit.class).list();
    }

    List<Unit> findChildren(long parentId) {
        return jdbc.sql(COLUMNS + " WHERE parent_id = :parent ORDER BY sort_order, name")
                .param("parent", parentId).query(Unit.class).list();
    }

    List<UnitKind> kinds(UnitLevel level) {
        return jdbc.sql("SELECT code, level, name_vi, name_en FROM unit_kind WHERE level = :level ORDER BY sort_order")
                .param("level", level.name()).query(UnitKind.class).list();
    }

    /**
     * Where a member can be placed: the cells of the grassroots organizations existing in the year, and an
     * organization itself when it has no cells. One query instead of one per organization.
     */
    List<MemberHome> findMemberHomes(int year, Long organizationId) {
        return jdbc.sql("""
                        SELECT u.id, u.code, u.parent_id, u.kind_code, u.level, u.name, u.short_name,
                               u.valid_from_year, u.valid_to_year, u.sort_order, u.version,
                               o.short_name AS organization_short_name
                        FROM unit o
                        JOIN unit u ON (u.parent_id = o.id AND u.level = 'CELL')
                                    OR (u.id = o.id AND NOT EXISTS (SELECT 1 FROM unit c WHERE c.parent_id = o.id))
                        WHERE o.level = 'GRASSROOTS'
                          AND """ + ValidYears.condition("o", ":year") + """
                          AND (:org IS NULL OR o.id = :org)
                        ORDER BY o.sort_order, o.name, u.sort_order, u.name""")
                .param("year", year).param("org", organizationId)
                .query((rs, i) -> new MemberHome(new Unit(rs.getLong("id"), rs.getString("code"),
                        rs.getObject("parent_id", Long.class), rs.getString("kind_code"),
                        UnitLevel.valueOf(rs.getString("level")), rs.getString("name"), rs.getString("short_name"),
                        rs.getInt("valid_from_year"), rs.getObject("valid_to_year", Integer.class),
                        rs.getInt("sort_order"), rs.getInt("version")), rs.getString("organization_short_name")))
                .list();
    }

    /** The last year any grassroots organization existed, or {@code year} when some still do. */
    int lastOrganizationYear(int year) {
        return jdbc.sql("""
                        SELECT LEAST(:year, MAX(COALESCE(valid_to_year, :year))) FROM unit WHERE level = 'GRASSROOTS'""")
                .param("year", year).query(Integer.class).optional().orElse(year);
    }

    Optional<Unit> findById(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(Unit.class).optional();
    }

    /** The steps of the unit's lineage (its predecessors, theirs, and so on), latest first. */
    List<Succession> predecessors(long unitId) {
        record Link(int fromYear, String kind, long successorId, String successorName, String predecessorName) {}
        List<Link> links = jdbc.sql("""
                        WITH RECURSIVE lineage (unit_id, depth) AS (
                          SELECT CAST(:id AS SIGNED), 0
                          UNION ALL
                          SELECT s.predecessor_id, l.depth + 1 FROM unit_succession s
                          JOIN lineage l ON s.successor_id = l.unit_id WHERE l.depth < 100)
                        SELECT s.from_year, s.kind, s.successor_id, n.name, p.name
                        FROM (SELECT DISTINCT unit_id FROM lineage) l
                        JOIN unit_succession s ON s.successor_id = l.unit_id
                        JOIN unit n ON n.id = s.successor_id
                        JOIN unit p ON p.id = s.predecessor_id
                        ORDER BY s.from_year DESC, s.successor_id, p.sort_order, p.name""")
                .param("id", unitId)
                .query((rs, row) -> new Link(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5))).list();
        java.util.Map<Long, Succession> steps = new java.util.LinkedHashMap<>();
        for (Link link : links) {
            steps.merge(link.successorId(), new Succession(link.fromYear(), SuccessionKind.valueOf(link.kind()),
                    link.successorName(), List.of(link.predecessorName())), (a, b) -> new Succession(a.fromYear(),
                    a.kind(), a.successorName(), java.util.stream.Stream.concat(a.predecessorNames().stream(),
                    b.predecessorNames().stream()).toList()));
        }
        return List.copyOf(steps.values());
    }
}
