package vn.binhthuy.partybuilding.importing;

/** The SQL of an import's scope: one grassroots organization and its cells, or (null) every one of the committee. */
final class ScopeSql {

    /** The grassroots organization of a unit u (an organization or a cell). */
    static final String ORGANIZATION_OF_U = "IF(u.level = 'CELL', u.parent_id, u.id)";

    private ScopeSql() {
    }

    /**
     * The units u of a scope: the organization and its cells, or (organizationId null) every grassroots organization
     * and cell of the committee. Binds nothing but :org.
     */
    static String unitsOf(Long organizationId) {
        return organizationId == null ? "u.level IN ('GRASSROOTS', 'CELL')" : "(u.id = :org OR u.parent_id = :org)";
    }
}
