package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.classification.LevelCount;
import vn.binhthuy.partybuilding.classification.MemberRatingEntry;
import vn.binhthuy.partybuilding.classification.RatingLevel;
import vn.binhthuy.partybuilding.indicators.FindingEntry;
import vn.binhthuy.partybuilding.indicators.IndicatorFrequency;
import vn.binhthuy.partybuilding.remediation.PlanListItem;
import vn.binhthuy.partybuilding.units.Unit;

import java.util.List;

/**
 * Everything the page of one cell shows, read in one transaction: its figures, its plans, and for those who
 * maintain its data the member list and the findings list, with what they may do there. The cell is the page's
 * scope; its organization and the units above it (root first) are for the breadcrumb.
 */
record CellPage(Unit cell, Unit organization, List<Unit> above, ClassificationSummary memberSummary,
                List<RatingLevel> memberScale, List<LevelCount> memberLevels, List<IndicatorFrequency> frequencies,
                Plans plans, List<MemberRatingEntry> members, List<FindingEntry> findings, Permissions permissions) {

    /** The cell's plans of the year (at most {@link CellPageService#MAX_PLANS}, by deadline) and their counts. */
    record Plans(long count, long overdue, List<PlanListItem> list) {}

    /**
     * What the user may do on the page; {@code anywhereToTransfer} says whether a transfer has a destination.
     * Without {@code editRatings} the member list is empty, without {@code editFindings} the findings list.
     */
    record Permissions(boolean createPlan, boolean editRatings, boolean editFindings, boolean transfer,
                       boolean anywhereToTransfer) {}

    long findingCount() {
        return frequencies.stream().mapToLong(IndicatorFrequency::findings).sum();
    }
}
