package vn.binhthuy.partybuilding.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.classification.LevelCount;
import vn.binhthuy.partybuilding.classification.MemberRatingEntry;
import vn.binhthuy.partybuilding.classification.MemberRatingService;
import vn.binhthuy.partybuilding.classification.RatingLevel;
import vn.binhthuy.partybuilding.classification.RatingSubject;
import vn.binhthuy.partybuilding.indicators.FindingEntry;
import vn.binhthuy.partybuilding.indicators.FindingService;
import vn.binhthuy.partybuilding.indicators.IndicatorFrequency;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.members.MemberTransfers;
import vn.binhthuy.partybuilding.remediation.PlanFilter;
import vn.binhthuy.partybuilding.remediation.PlanSort;
import vn.binhthuy.partybuilding.remediation.PlanUpdates;
import vn.binhthuy.partybuilding.remediation.RemediationService;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;
import java.util.Optional;

/** The read model of one cell's page: {@link CellPage}; and its two lists again after an edit. */
@Service
@Transactional(readOnly = true)
class CellPageService {

    static final int MAX_PLANS = 200;

    private final UnitService units;
    private final ClassificationService classification;
    private final IndicatorService indicators;
    private final RemediationService remediation;
    private final MemberRatingService memberRatings;
    private final FindingService findings;
    private final PlanUpdates planUpdates;
    private final MemberTransfers transfers;

    CellPageService(UnitService units, ClassificationService classification, IndicatorService indicators,
                    RemediationService remediation, MemberRatingService memberRatings, FindingService findings,
                    PlanUpdates planUpdates, MemberTransfers transfers) {
        this.units = units;
        this.classification = classification;
        this.indicators = indicators;
        this.remediation = remediation;
        this.memberRatings = memberRatings;
        this.findings = findings;
        this.planUpdates = planUpdates;
        this.transfers = transfers;
    }

    /** The page of the unit with this id in the year, if it is one that holds members (a cell, or a TCCSĐ without). */
    Optional<CellPage> load(int year, long unitId) {
        return units.byId(unitId).filter(units::holdsMembers).map(cell -> load(year, cell));
    }

    private CellPage load(int year, Unit cell) {
        long id = cell.id();
        Unit organization = units.organizationOf(cell).orElseThrow();
        List<LevelCount> levels = classification.memberLevelsOfUnit(year, id);
        List<IndicatorFrequency> frequencies = indicators.frequenciesOfUnit(year, id);
        PlanFilter plansOfCell = PlanFilter.ofYear(year).withUnit(id);
        long planCount = remediation.countPlans(plansOfCell);
        long overdue = remediation.countPlans(plansOfCell.withOverdueOnly(true));
        ClassificationSummary memberSummary = classification.memberSummaryOfUnit(year, id);
        List<RatingLevel> scale = classification.scale(RatingSubject.MEMBER, year);
        CellPage.Plans plans = new CellPage.Plans(planCount, overdue,
                remediation.findPlans(plansOfCell, PlanSort.DEADLINE, true, 0, MAX_PLANS));
        boolean createPlan = planUpdates.mayCreate(id);
        boolean editRatings = memberRatings.mayEdit(id);
        boolean transfer = editRatings && transfers.mayTransferFrom(id);
        boolean anywhereToTransfer = transfer && !transfers.destinations(id).isEmpty();
        boolean editFindings = findings.mayEdit(id);
        return new CellPage(cell, organization, units.ancestors(cell), memberSummary, scale, levels, frequencies, plans,
                editRatings ? members(year, id) : List.of(), editFindings ? findings(year, id) : List.of(),
                new CellPage.Permissions(createPlan, editRatings, editFindings, transfer, anywhereToTransfer));
    }

    /** The cell's members with their ratings (names only for those who may read them). */
    List<MemberRatingEntry> members(int year, long cellId) {
        return memberRatings.entries(year, cellId);
    }

    List<FindingEntry> findings(int year, long cellId) {
        return findings.ofUnit(year, cellId);
    }
}
