package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.remediation.MonthlyProgress;
import vn.binhthuy.partybuilding.remediation.PlanFilter;
import vn.binhthuy.partybuilding.remediation.UnitPlanFigures;
import vn.binhthuy.partybuilding.remediation.UnitStatusCount;
import vn.binhthuy.partybuilding.units.Unit;

import java.util.List;
import java.util.Optional;

/**
 * Everything the remediation page shows but the plans themselves (the grid pages through them with
 * {@link RemediationPageService#plans}), read in one transaction: the organizations the user may filter by, the
 * filter in force with the organization the URL named (when it is one of them), the number of plans it finds, and
 * the charts of that organization or the district; when a year to compare with was chosen, the plans of both years
 * per organization.
 */
record RemediationPage(List<Unit> organizations, Optional<Unit> organization, PlanFilter filter,
                       PageScopes.Applied scope, long planCount, List<MonthlyProgress> monthlyProgress,
                       List<UnitStatusCount> statusByOrganization, Optional<Comparison> comparison) {

    /** Plans, completed and overdue per organization: in the page's year and in the year compared with. */
    record Comparison(int year, List<UnitPlanFigures> figures, int comparedYear, List<UnitPlanFigures> compared) {}
}
