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
     * SQL that keeps rows whose grassroots-organization column is in scope; uses the parameters :scopeOrg, :scopeKind and
     * :scopeDistrict. Only the filters in force are written, as one semi-join on the unit table: a filter written
     * as {@code (:p IS NULL OR col IN (…))} is planned before the parameter is known and cannot narrow an index to
     * a district's organizations (docs/benchmarks.md, "Every level at province scale"). Parenthesized, as callers
     * glue it between text blocks.
     */
    public String condition(String organizationColumn) {
        if (isWholeTree() && kindCode == null) {
            return "(TRUE)";
        }
        if (kindCode == null && districtId == null) {
            return "(" + organizationColumn + " = :scopeOrg)";
        }
        return "(" + organizationColumn + " IN (SELECT scope_org.id FROM unit scope_org WHERE " + filters("scope_org") + "))";
    }

    /**
     * A derived table (organization_id, unit_id) of the grassroots organizations in scope, each with the unit its
     * figures are shown under in a per-unit breakdown: on the whole tree of a province (whatever the kind), the
     * district it belongs to (an organization directly under the root stands for itself); within a district or for
     * one organization, the organization itself. At the demo's scale the district is the root, so every
     * organization stands for itself. The hierarchy has at most a province and a district above an organization,
     * so the parent's parent decides. Per-unit queries join their rows to it and group by {@code unit_id} before
     * joining {@code unit} for the labels: grouping by a number is what keeps a province's breakdown fast.
     * Uses the same parameters as {@link #condition(String)}.
     */
    public String shownUnits() {
        String where = filters("shown_org");
        if (!isWholeTree()) {
            return "(SELECT shown_org.id AS organization_id, shown_org.id AS unit_id FROM unit shown_org WHERE " + where + ")";
        }
        return """
                (SELECT shown_org.id AS organization_id,
                        CASE WHEN shown_parent.parent_id IS NOT NULL THEN shown_parent.id ELSE shown_org.id END AS unit_id
                 FROM unit shown_org JOIN unit shown_parent ON shown_parent.id = shown_org.parent_id
                 WHERE %s)""".formatted(where);
    }

    /**
     * To put before a statement that joins counts grouped per organization (a derived table) to the scope's
     * organizations: on the whole tree those counts are read once for the year, not once per organization as
     * MariaDB's "split materialization" plans them (a province's scorecard 80 → 58 ms, its excellent-cap check
     * 34 → 24 ms, docs/benchmarks.md); for a district's few dozen organizations reading each one's is the faster plan.
     */
    public String countsOncePerYear() {
        return isWholeTree() ? "SET STATEMENT optimizer_switch='split_materialized=off' FOR " : "";
    }

    /** Neither one organization nor one district: a per-unit breakdown compares a province's districts. */
    private boolean isWholeTree() {
        return organizationId == null && districtId == null;
    }

    private String filters(String unitAlias) {
        StringBuilder filters = new StringBuilder(unitAlias + ".level = 'GRASSROOTS'");
        if (organizationId != null) {
            filters.append(" AND ").append(unitAlias).append(".id = :scopeOrg");
        }
        if (kindCode != null) {
            filters.append(" AND ").append(unitAlias).append(".kind_code = :scopeKind");
        }
        if (districtId != null) {
            filters.append(" AND ").append(unitAlias).append(".parent_id = :scopeDistrict");
        }
        return filters.toString();
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        return spec.param("scopeOrg", organizationId).param("scopeKind", kindCode).param("scopeDistrict", districtId);
    }
}
