package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.classification.OrganizationRating;
import vn.binhthuy.partybuilding.classification.RatingLevel;
import vn.binhthuy.partybuilding.classification.ScaleChange;
import vn.binhthuy.partybuilding.classification.UnitLevelCount;
import vn.binhthuy.partybuilding.indicators.IndicatorFrequency;
import vn.binhthuy.partybuilding.indicators.UnitGroupCount;
import vn.binhthuy.partybuilding.remediation.MonthlyProgress;
import vn.binhthuy.partybuilding.remediation.RemediationSummary;
import vn.binhthuy.partybuilding.remediation.UnitStatusCount;
import vn.binhthuy.partybuilding.reviews.NotebookEntry;
import vn.binhthuy.partybuilding.reviews.ReviewDelegation;
import vn.binhthuy.partybuilding.units.Succession;
import vn.binhthuy.partybuilding.units.Unit;

import java.util.List;
import java.util.Optional;

/**
 * Everything the page of one grassroots organization shows, read in one transaction: its figures per cell, its
 * reviews and notebook, and what the user may edit there.
 */
record WardPage(Unit organization, List<Unit> above, PageScopes.Applied scope, List<Unit> cells, Kpis kpis,
                Classification classification, Indicators indicators, Remediation remediation,
                List<UnitScorecard> cellScorecards, Reviews reviews, Permissions permissions) {

    /** The year's figures, and the compared year's (the year before by default; null when it has none). */
    record Kpis(Optional<OrganizationRating> rating, ClassificationSummary summary, ClassificationSummary previous,
                long membersWithViolations, RemediationSummary plans) {}

    record Classification(List<RatingLevel> memberScale, List<ScaleChange> memberScaleChanges,
                          List<UnitLevelCount> memberLevelsByCell, List<ClassificationSummary> trend,
                          List<Succession> trendLineage) {}

    record Indicators(List<IndicatorFrequency> top, List<UnitGroupCount> groupsByCell) {}

    record Remediation(List<UnitStatusCount> statusByCell, List<MonthlyProgress> monthlyProgress) {}

    record Reviews(List<ReviewDelegation> delegations, List<NotebookEntry> notebook) {}

    record Permissions(boolean editRating, boolean editReviews) {}

    boolean hasCells() {
        return !cells.isEmpty();
    }
}
