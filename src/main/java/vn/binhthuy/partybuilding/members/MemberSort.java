package vn.binhthuy.partybuilding.members;

/** Sortable register columns, each a fixed SQL expression. */
public enum MemberSort {
    NAME("m.full_name"), CODE("m.code"), ADMITTED("m.admitted_on"), ORGANIZATION("o.sort_order");

    final String sql;

    MemberSort(String sql) {
        this.sql = sql;
    }
}
