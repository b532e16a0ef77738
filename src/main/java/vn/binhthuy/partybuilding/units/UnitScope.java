package vn.binhthuy.partybuilding.units;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which grassroots organizations a figure covers: the whole tree, those of one district ({@code districtId}: the
 * organizations directly below it), those of one kind (e.g. only the ward party committees), or a single
 * organization; the filters combine. Query classes add {@link #condition(String)} to their WHERE clause and
 * {@link #bind(JdbcClient.StatementSpec)} to their parameters, so the filter is applied in SQL.
 */
public record UnitScope(Long organizationId, String kindCode, Long districtId) {

    /** Everything below the root (the district of the demo, the province above several districts at scale). */
    public static final UnitScope DISTRICT = new UnitScope(null, null, null);

    public static UnitScope organization(long organizationId) {
        return new UnitScope(organizationId, null, null);
    }

    public static UnitScope kind(String kindCode) {
        return new UnitScope(null, kindCode, null);
    }

    /** The organizations of one district below a province root. */
    public static UnitScope district(long districtId) {
        return new UnitScope(null, null, districtId);
    }

    public UnitScope withKind(String kind) {
        return new UnitScope(organizationId, kind, districtId);
    }

    public UnitScope withDistrict(Long district) {
        return new UnitScope(organizationId, kindCode, district);
    }

    /**
     * SQL that keeps rows whose organization column is in scope; uses the parameters :scopeOrg, :scopeKind and
     * :scopeDistrict.
     */
    public static String condition(String organizationColumn) {
        return "(:scopeOrg IS NULL OR " + organizationColumn + " = :scopeOrg)"
                + " AND (:scopeKind IS NULL OR " + organizationColumn
                + " IN (SELECT scope_unit.id FROM unit scope_unit WHERE scope_unit.kind_code = :scopeKind))"
                + " AND (:scopeDistrict IS NULL OR " + organizationColumn
                + " IN (SELECT scope_district.id FROM unit scope_district WHERE scope_district.parent_id = :scopeDistrict))";
    }

    /**
     * A derived table (organization_id, unit_id) naming the unit each grassroots organization's figures are shown
     * under in a per-unit breakdown of this scope: on the whole tree of a province, the district it belongs to (an
     * organization directly under the root stands for itself); within a district, a kind or one organization, the
     * organization itself. At the demo's scale the district is the root, so every organization stands for itself.
     * The hierarchy has at most a province and a district above an organization, so the parent's parent decides.
     * Uses the same parameters as {@link #condition(String)}.
     */
    public static String shownUnits() {
        return """
                (SELECT shown_org.id AS organization_id,
                        CASE WHEN :scopeOrg IS NULL AND :scopeDistrict IS NULL AND shown_parent.parent_id IS NOT NULL
                             THEN shown_parent.id ELSE shown_org.id END AS unit_id
                 FROM unit shown_org JOIN unit shown_parent ON shown_parent.id = shown_org.parent_id
                 WHERE shown_org.level = 'GRASSROOTS')""";
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        return spec.param("scopeOrg", organizationId).param("scopeKind", kindCode).param("scopeDistrict", districtId);
    }
}
