package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.members.ui.TransferDialog;
import vn.binhthuy.partybuilding.indicators.ui.FindingEditor;
import vn.binhthuy.partybuilding.classification.ui.MemberRatingEditor;
import org.springframework.stereotype.Component;
import vn.binhthuy.partybuilding.classification.MemberRatingEntry;
import vn.binhthuy.partybuilding.classification.MemberRatingService;
import vn.binhthuy.partybuilding.classification.RatingLevel;
import vn.binhthuy.partybuilding.indicators.FindingService;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.members.MemberTransfers;
import vn.binhthuy.partybuilding.remediation.ui.PlanCreateDialog;
import vn.binhthuy.partybuilding.remediation.ui.PlanEditors;

import java.util.List;
import java.util.Locale;

/**
 * The editors a cell's page opens (a member's rating, a transfer, a new finding, a new plan) and the removal of a
 * finding. Editors that offer the cell's members or the catalog read them when they open.
 */
@Component
class CellEditors {

    private final MemberRatingService memberRatings;
    private final MemberTransfers transfers;
    private final FindingService findings;
    private final PlanEditors planEditors;
    private final IndicatorService indicators;

    CellEditors(MemberRatingService memberRatings, MemberTransfers transfers, FindingService findings,
                PlanEditors planEditors, IndicatorService indicators) {
        this.memberRatings = memberRatings;
        this.transfers = transfers;
        this.findings = findings;
        this.planEditors = planEditors;
        this.indicators = indicators;
    }

    MemberRatingEditor rating(int year, MemberRatingEntry member, List<RatingLevel> scale, Locale locale,
                              Runnable onSaved) {
        return new MemberRatingEditor(memberRatings, year, member, scale, locale, onSaved);
    }

    TransferDialog transfer(MemberRatingEntry member, long fromCellId, Locale locale, Runnable onSaved) {
        return new TransferDialog(transfers, member.memberId(), member.memberCode(), member.fullName(), fromCellId,
                locale, onSaved);
    }

    FindingEditor newFinding(int year, long cellId, Locale locale, Runnable onSaved) {
        return new FindingEditor(findings, year, cellId, memberRatings.entries(year, cellId), indicators.catalog(),
                locale, onSaved);
    }

    PlanCreateDialog newPlan(int year, long cellId, Locale locale, Runnable onSaved) {
        return planEditors.newPlan(year, cellId, memberRatings.entries(year, cellId), indicators.catalog(), locale,
                onSaved);
    }

    /** Removes a finding recorded by mistake. */
    void deleteFinding(long findingId) {
        findings.delete(findingId);
    }
}
