package vn.binhthuy.partybuilding.indicators;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.util.List;

@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final IndicatorRepository repository;
    private final IndicatorQueries queries;
    private final AccessGuard guard;

    private final AuditLog audit;

    public IndicatorService(IndicatorRepository repository, IndicatorQueries queries, AccessGuard guard,
                            AuditLog audit) {
        this.repository = repository;
        this.queries = queries;
        this.guard = guard;
        this.audit = audit;
    }


    /**
     * The Organization Board corrects the wording of an indicator; codes and groups stay as they are.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException if someone saved it since it was read
     */
    @Secured("ROLE_ORG_BOARD")
    @Transactional
    public Indicator updateWording(Indicator read, String titleVi, String titleEn) {
        String vi = titleVi == null ? "" : java.text.Normalizer.normalize(titleVi.trim(), java.text.Normalizer.Form.NFC);
        String en = titleEn == null ? "" : titleEn.trim();
        if (vi.isEmpty() || en.isEmpty()) {
            throw new InvalidInputException("catalog.error.required");
        }
        if (vi.length() > 400 || en.length() > 400) {
            throw new InvalidInputException("catalog.error.too-long");
        }
        Indicator saved = repository.save(new Indicator(read.id(), read.code(), read.groupCode(), vi, en,
                read.sortOrder(), read.version()));
        audit.record(AuditAction.RECORD_UPDATED, "INDICATOR", read.code(), null,
                java.util.Map.of("titleVi", read.titleVi(), "titleEn", read.titleEn()),
                java.util.Map.of("titleVi", vi, "titleEn", en));
        return saved;
    }

    public List<Indicator> catalog() {
        guard.requireDataAccess();
        return queries.catalog();
    }

    /** Every one of the 27 indicators with its number of findings in the scope (zero included). */
    public List<IndicatorFrequency> frequencies(int year, UnitScope scope) {
        return queries.frequencies(year, guard.restrict(scope));
    }

    /** The most frequent indicators of the year (optionally of one group), most frequent first; none-found left out. */
    public List<IndicatorFrequency> topFrequencies(int year, String groupCode, UnitScope scope, int limit) {
        return queries.topFrequencies(year, groupCode, guard.restrict(scope), limit);
    }

    public List<IndicatorFrequency> frequenciesOfUnit(int year, long unitId) {
        guard.checkUnit(unitId);
        return queries.frequenciesOfUnit(year, unitId);
    }

    public List<UnitGroupCount> groupsByOrganization(int year, UnitScope scope) {
        return queries.groupsByOrganization(year, guard.restrict(scope));
    }

    public List<UnitGroupCount> groupsByCell(int year, long organizationId) {
        guard.checkOrganization(organizationId);
        return queries.groupsByCell(year, organizationId);
    }

    /** Ward × indicator counts for the heatmap, optionally for one group's 9 indicators. */
    public List<UnitIndicatorCount> indicatorsByOrganization(int year, String groupCode, UnitScope scope) {
        return queries.indicatorsByOrganization(year, groupCode, guard.restrict(scope));
    }

    public List<UnitFindings> findingsByOrganization(int year, IndicatorSelection selection, UnitScope scope) {
        return queries.findingsByOrganization(year, selection, guard.restrict(scope));
    }

    public List<UnitFindings> topUnits(int year, IndicatorSelection selection, UnitScope scope, int limit) {
        return queries.topUnits(year, selection, guard.restrict(scope), limit);
    }

    public List<YearFindings> findingsByYear(IndicatorSelection selection, UnitScope scope) {
        return queries.findingsByYear(selection, guard.restrict(scope));
    }

    public long membersWithViolations(int year, long organizationId) {
        guard.checkOrganization(organizationId);
        return queries.membersWithViolations(year, organizationId);
    }
}
