package vn.binhthuy.partybuilding.units;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which grassroots organizations a figure covers: the whole district, those of one kind (e.g. only the ward
 * party committees), or a single organization. Query classes add {@link #condition(String)} to their WHERE clause
 * and {@link #bind(JdbcClient.StatementSpec)} to their parameters, so the filter is applied in SQL.
 */
public record UnitScope(Long organizationId, String kindCode) {

    public static final UnitScope DISTRICT = new UnitScope(null, null);

    public static UnitScope organization(long organizationId) {
        return new UnitScope(organizationId, null);
    }

    public static UnitScope kind(String kindCode) {
        return new UnitScope(null, kindCode);
    }

    /** SQL that keeps rows whose organization column is in scope; uses the parameters :scopeOrg and :scopeKind. */
    public static String condition(String organizationColumn) {
        return "(:scopeOrg IS NULL OR " + organizationColumn + " = :scopeOrg)"
                + " AND (:scopeKind IS NULL OR " + organizationColumn
                + " IN (SELECT scope_unit.id FROM unit scope_unit WHERE scope_unit.kind_code = :scopeKind))";
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        return spec.param("scopeOrg", organizationId).param("scopeKind", kindCode);
    }
}
