package vn.binhthuy.partybuilding.remediation;

import vn.binhthuy.partybuilding.indicators.ShortcomingSource;

/**
 * Criteria for listing plans; null means "any". overdueOnly keeps plans past their deadline and not completed.
 * unitId matches the owning unit (a cell holds its collective plans and those of its members).
 */
public record PlanFilter(Integer year, PlanStatus status, boolean overdueOnly, Long organizationId, Long unitId,
                         ShortcomingSource source) {

    public static PlanFilter ofYear(int year) {
        return new PlanFilter(year, null, false, null, null, null);
    }

    public PlanFilter withStatus(PlanStatus value) {
        return new PlanFilter(year, value, overdueOnly, organizationId, unitId, source);
    }

    public PlanFilter withOverdueOnly(boolean value) {
        return new PlanFilter(year, status, value, organizationId, unitId, source);
    }

    public PlanFilter withOrganization(Long value) {
        return new PlanFilter(year, status, overdueOnly, value, unitId, source);
    }

    public PlanFilter withUnit(Long value) {
        return new PlanFilter(year, status, overdueOnly, organizationId, value, source);
    }

    public PlanFilter withSource(ShortcomingSource value) {
        return new PlanFilter(year, status, overdueOnly, organizationId, unitId, value);
    }
}
