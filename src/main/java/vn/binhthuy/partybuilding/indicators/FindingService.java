package vn.binhthuy.partybuilding.indicators;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;


/**
 * Recording the manifestations found in a cell: of a member or of the cell as a collective, with degree and source.
 * One finding per subject, indicator, source and year; every change audited.
 */
@Service
public class FindingService {

    public static final List<String> DEGREES = List.of("MILD", "MODERATE", "SERIOUS");
    public static final List<String> SOURCES = List.of("SELF_EXAMINATION", "REVIEW", "INSPECTION");


    private final FindingQueries queries;
    private final IndicatorRepository indicators;
    private final AccessGuard guard;
    private final UnitService units;
    private final AuditLog audit;

    public FindingService(FindingQueries queries, IndicatorRepository indicators, AccessGuard guard, UnitService units,
                          AuditLog audit) {
        this.queries = queries;
        this.indicators = indicators;
        this.guard = guard;
        this.units = units;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<FindingEntry> ofUnit(int year, long unitId) {
        guard.checkUnit(unitId);
        boolean names = organizationOf(unitId).map(o -> guard.mayReadMemberNames(o.id())).orElse(false);
        List<FindingEntry> entries = queries.ofUnit(year, unitId);
        return names ? entries : entries.stream().map(FindingEntry::withoutName).toList();
    }

    public boolean mayEdit(long unitId) {
        return guard.mayEditUnit(unitId);
    }

    /** Records a finding of a member (memberId) or of the cell as a collective (memberId null). */
    @Transactional
    public void record(int year, long unitId, Long memberId, String indicatorCode, String degree, String source,
                       LocalDate foundOn, String note) {
        guard.requireEditor();
        guard.checkUnit(unitId);
        Indicator indicator = indicatorCode == null ? null : indicators.findByCode(indicatorCode).orElse(null);
        if (indicator == null) {
            throw new InvalidInputException("finding.error.indicator");
        }
        if (!DEGREES.contains(degree)) {
            throw new InvalidInputException("finding.error.degree");
        }
        if (!SOURCES.contains(source)) {
            throw new InvalidInputException("finding.error.source");
        }
        if (foundOn == null || foundOn.getYear() != year) {
            throw new InvalidInputException("finding.error.date");
        }
        if (memberId != null && !queries.memberInUnit(memberId, unitId, year)) {
            throw new InvalidInputException("finding.error.member");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.trim();
        if (cleanNote != null && cleanNote.length() > 500) {
            throw new InvalidInputException("finding.error.note");
        }
        long organization = organizationOf(unitId).orElseThrow().id();
        try {
            queries.insert(year, indicator.id(), memberId, unitId, organization, degree, source, foundOn, cleanNote);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("finding.error.duplicate");
        }
        audit.record(AuditAction.RECORD_CREATED, "FINDING", indicatorCode + "/" + year, null, null,
                Map.of("unit", unitId, "member", String.valueOf(memberId), "indicator", indicatorCode, "degree", degree,
                        "source", source, "foundOn", foundOn.toString()));
    }

    @Transactional
    public void delete(long findingId) {
        long unitId = queries.unitOf(findingId).orElseThrow(() -> new InvalidInputException("finding.error.not-found"));
        guard.requireEditor();
        guard.checkUnit(unitId);
        FindingEntry before = queries.byId(findingId).orElseThrow();
        queries.delete(findingId);
        audit.record(AuditAction.RECORD_DELETED, "FINDING", String.valueOf(findingId), null,
                Map.of("indicator", before.indicatorCode(), "member", String.valueOf(before.memberCode()),
                        "degree", before.degree(), "source", before.source(), "foundOn", before.foundOn().toString()),
                null);
    }

    private java.util.Optional<Unit> organizationOf(long unitId) {
        return units.byId(unitId).flatMap(units::organizationOf);
    }
}
