package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.classification.ExcellentShareBreach;
import vn.binhthuy.partybuilding.classification.ExcellentShareBreachCount;
import vn.binhthuy.partybuilding.classification.KindLevelCount;
import vn.binhthuy.partybuilding.classification.RatingLevel;
import vn.binhthuy.partybuilding.classification.ScaleChange;
import vn.binhthuy.partybuilding.classification.UnitLevelCount;
import vn.binhthuy.partybuilding.indicators.Indicator;
import vn.binhthuy.partybuilding.indicators.IndicatorFrequency;
import vn.binhthuy.partybuilding.indicators.UnitGroupCount;
import vn.binhthuy.partybuilding.indicators.UnitIndicatorCount;
import vn.binhthuy.partybuilding.remediation.MonthlyProgress;
import vn.binhthuy.partybuilding.remediation.RemediationSummary;
import vn.binhthuy.partybuilding.remediation.UnitStatusCount;
import vn.binhthuy.partybuilding.reviews.ReviewSummary;
import vn.binhthuy.partybuilding.units.Unit;

import vn.binhthuy.partybuilding.units.Succession;

import java.util.List;

/**
 * Everything a subtree's overview shows, read in one transaction, the scope it was read for and the units above
 * that scope's unit (root first, for the breadcrumb). Unmodifiable throughout: one page may be shown to several
 * sessions at once (OverviewPageCache).
 */
record OverviewPage(PageScopes.Applied scope, List<Unit> above, Kpis kpis, ExcellentCap excellentCap,
                    Classification classification, Indicators indicators, Remediation remediation,
                    List<UnitScorecard> organizations) {

    OverviewPage {
        above = List.copyOf(above);
        organizations = List.copyOf(organizations);
    }

    /** The rows it holds: what a kept page costs in memory grows with them (≈ 2.700 heatmap cells for a province). */
    int rows() {
        return above.size() + excellentCap.organizations().size() + excellentCap.byDistrict().size()
                + organizations.size()
                + classification.organizationLevelsByKind().size() + classification.organizationLevelsByOrganization().size()
                + classification.memberLevelsByOrganization().size() + classification.trend().size()
                + indicators.top().size() + indicators.groupsByOrganization().size() + indicators.heatmap().size()
                + remediation.statusByOrganization().size() + remediation.monthlyProgress().size();
    }

    /**
     * Organizations over the year's excellent cap: named one by one, or on a province's whole tree counted per
     * district (hundreds of lines would be read by nobody); the other list is empty.
     */
    record ExcellentCap(List<ExcellentShareBreach> organizations, List<ExcellentShareBreachCount> byDistrict) {

        ExcellentCap {
            organizations = List.copyOf(organizations);
            byDistrict = List.copyOf(byDistrict);
        }
    }

    /** The headline figures, and those of the year compared with (null when it has none). */
    record Kpis(ClassificationSummary summary, ClassificationSummary compared, RemediationSummary plans,
                ReviewSummary reviews) {}

    record Classification(List<RatingLevel> organizationScale, List<RatingLevel> memberScale,
                          List<ScaleChange> organizationScaleChanges, List<ScaleChange> memberScaleChanges,
                          List<KindLevelCount> organizationLevelsByKind,
                          List<UnitLevelCount> organizationLevelsByOrganization,
                          List<UnitLevelCount> memberLevelsByOrganization, List<ClassificationSummary> trend,
                          List<Succession> trendLineage) {

        Classification {
            organizationScale = List.copyOf(organizationScale);
            memberScale = List.copyOf(memberScale);
            organizationScaleChanges = List.copyOf(organizationScaleChanges);
            memberScaleChanges = List.copyOf(memberScaleChanges);
            organizationLevelsByKind = List.copyOf(organizationLevelsByKind);
            organizationLevelsByOrganization = List.copyOf(organizationLevelsByOrganization);
            memberLevelsByOrganization = List.copyOf(memberLevelsByOrganization);
            trend = List.copyOf(trend);
            trendLineage = List.copyOf(trendLineage);
        }
    }

    /** The manifestations of the group filter (all 27 without one) and their figures. */
    record Indicators(List<Indicator> shown, List<IndicatorFrequency> top, List<UnitGroupCount> groupsByOrganization,
                      List<UnitIndicatorCount> heatmap) {

        Indicators {
            shown = List.copyOf(shown);
            top = List.copyOf(top);
            groupsByOrganization = List.copyOf(groupsByOrganization);
            heatmap = List.copyOf(heatmap);
        }
    }

    record Remediation(List<UnitStatusCount> statusByOrganization, List<MonthlyProgress> monthlyProgress) {

        Remediation {
            statusByOrganization = List.copyOf(statusByOrganization);
            monthlyProgress = List.copyOf(monthlyProgress);
        }
    }
}
