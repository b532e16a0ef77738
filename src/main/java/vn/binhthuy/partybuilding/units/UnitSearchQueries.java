package vn.binhthuy.partybuilding.units;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.binhthuy.partybuilding.base.ValidYears;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Units by part of their name, and a unit's neighbours, among the organizations and cells of a year. */
@Repository
class UnitSearchQueries {

    /**
     * Names compared without tone marks or case, and with đ as d, so that "long tuyen" or "tra noc" typed on a
     * phone find "Long Tuyền" and "Trà Nóc" (the stored collation keeps them apart, on purpose, for sorting).
     */
    private static final String FOLD = "REPLACE(REPLACE(%s, 'đ', 'd'), 'Đ', 'D') COLLATE utf8mb4_uca1400_ai_ci";

    /** Valid in the year; without a year, every unit that ever existed. */
    private static String valid(String alias) {
        return "(:year IS NULL OR " + ValidYears.condition(alias, ":year") + ")";
    }

    private final JdbcClient jdbc;

    UnitSearchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Districts below a province root first, then organizations, then cells; names starting with the text before
     * names merely containing it; within one organization or one district when given.
     */
    List<UnitHit> search(String foldedPattern, String foldedPrefix, Integer year, Long organizationId, Long districtId,
                         int offset, int limit) {
        return jdbc.sql("""
                        SELECT u.id, u.code, u.level, u.name, o.short_name AS organization_short_name
                        FROM unit u
                        LEFT JOIN unit o ON o.id = u.parent_id AND u.level = 'CELL'
                        WHERE (u.level IN ('GRASSROOTS', 'CELL') OR (u.level = 'DISTRICT' AND u.parent_id IS NOT NULL))
                          AND %s
                          AND (:org IS NULL OR u.id = :org OR u.parent_id = :org)
                          AND (:district IS NULL OR u.id = :district OR u.parent_id = :district
                               OR o.parent_id = :district)
                          AND (%s LIKE :pattern OR %s LIKE :pattern)
                        ORDER BY FIELD(u.level, 'DISTRICT', 'GRASSROOTS', 'CELL'), NOT (%s LIKE :prefix), o.sort_order,
                                 u.sort_order, u.name
                        LIMIT :limit OFFSET :offset"""
                        .formatted(valid("u"), FOLD.formatted("u.name"), FOLD.formatted("u.short_name"),
                                FOLD.formatted("u.short_name")))
                .param("year", year).param("org", organizationId).param("district", districtId)
                .param("pattern", foldedPattern)
                .param("prefix", foldedPrefix).param("limit", limit).param("offset", offset)
                .query(UnitHit.class).list();
    }

    /** The units of the same level and parent before and after this one in display order, in the year. */
    Neighbours neighbours(long unitId, Integer year) {
        return jdbc.sql("""
                        SELECT previous_id, next_id FROM (
                            SELECT s.id, LAG(s.id) OVER w AS previous_id, LEAD(s.id) OVER w AS next_id
                            FROM unit u
                            JOIN unit s ON s.parent_id = u.parent_id AND s.level = u.level
                            WHERE u.id = :id AND %s
                            WINDOW w AS (ORDER BY s.sort_order, s.name, s.id)) ordered
                        WHERE id = :id""".formatted(valid("s")))
                .param("id", unitId).param("year", year)
                .query((rs, i) -> new Neighbours(rs.getObject("previous_id", Long.class),
                        rs.getObject("next_id", Long.class)))
                .optional().orElse(new Neighbours(null, null));
    }

    Optional<UnitHit> hit(long unitId) {
        return jdbc.sql("""
                        SELECT u.id, u.code, u.level, u.name, o.short_name AS organization_short_name
                        FROM unit u LEFT JOIN unit o ON o.id = u.parent_id AND u.level = 'CELL'
                        WHERE u.id = :id""")
                .param("id", unitId).query(UnitHit.class).optional();
    }

    record Neighbours(Long previousId, Long nextId) {
    }
}
