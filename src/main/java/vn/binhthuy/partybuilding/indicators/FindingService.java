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

    private final FindingQueries queries;
    private final FindingRepository repository;
    private final IndicatorRepository indicators;
    private final AccessGuard guard;
    private final UnitService units;
    private final AuditLog audit;

    public FindingService(FindingQueries queries, FindingRepository repository, IndicatorRepository indicators,
                          AccessGuard guard, UnitService units, AuditLog audit) {
        this.queries = queries;
        this.repository = repository;
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
    public void record(int year, long unitId, Long memberId, String indicatorCode, FindingDegree degree,
                       ShortcomingSource source, LocalDate foundOn, String note) {
        guard.requireEditorOfUnit(unitId);
        Indicator indicator = indicatorCode == null ? null : indicators.findByCode(indicatorCode).orElse(null);
        if (indicator == null) {
            throw new InvalidInputException("finding.error.indicator");
        }
        if (degree == null) {
            throw new InvalidInputException("finding.error.degree");
        }
        if (source == null) {
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
            repository.save(Finding.first(year, indicator.id(), memberId, unitId, organization, degree, source, foundOn,
                    cleanNote));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("finding.error.duplicate");
        }
        audit.record(AuditAction.RECORD_CREATED, "FINDING", indicatorCode + "/" + year, null, null,
                Map.of("unit", unitId, "member", String.valueOf(memberId), "indicator", indicatorCode,
                        "degree", degree.name(), "source", source.name(), "foundOn", foundOn.toString()));
    }

    @Transactional
    public void delete(long findingId) {
        long unitId = queries.unitOf(findingId).orElseThrow(() -> new InvalidInputException("finding.error.not-found"));
        guard.requireEditorOfUnit(unitId);
        FindingEntry before = queries.byId(findingId).orElseThrow();
        repository.deleteById(findingId);
        audit.record(AuditAction.RECORD_DELETED, "FINDING", String.valueOf(findingId), null,
                Map.of("indicator", before.indicatorCode(), "member", String.valueOf(before.memberCode()),
                        "degree", before.degree().name(), "source", before.source().name(),
                        "foundOn", before.foundOn().toString()),
                null);
    }

    /**
     * Writes the new and corrected findings of one organization's import (organizationId null: of the Organization
     * Board's file of the whole committee, any organization's), each checked against the version it was
     * read at (the caller holds the rows' locks and has compared the versions of its check).
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when a finding was changed since it was read
     * @throws DuplicateKeyException when the same finding was recorded meanwhile
     */
    @Transactional
    public void saveImported(Long organizationId, List<Finding> findings) {
        if (organizationId == null) {
            guard.requireOrganizationBoard();
        } else {
            guard.requireEditorOf(organizationId);
        }
        if (organizationId != null && findings.stream().anyMatch(f -> f.organizationId() != organizationId.longValue())) {
            throw new IllegalArgumentException("An import writes only its own organization's findings");
        }
        repository.saveAll(findings);
    }

    private java.util.Optional<Unit> organizationOf(long unitId) {
        return units.byId(unitId).flatMap(units::organizationOf);
    }
}
