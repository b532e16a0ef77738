package vn.binhthuy.partybuilding.remediation;

/** The columns plans can be sorted by; each maps to a fixed SQL expression (never to user text). */
public enum PlanSort {
    DEADLINE("p.deadline"), STATUS(PlanStatus.orderExpression("p.status")),
    ORGANIZATION("o.sort_order"), YEAR("p.plan_year"), CREATED("p.created_on");

    final String sql;

    PlanSort(String sql) {
        this.sql = sql;
    }
}
