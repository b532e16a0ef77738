package vn.binhthuy.partybuilding.importing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.reviews.Review;
import vn.binhthuy.partybuilding.reviews.ReviewEntries;
import vn.binhthuy.partybuilding.reviews.ReviewParticipation;
import vn.binhthuy.partybuilding.security.AccessGuard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static vn.binhthuy.partybuilding.importing.ReviewImportColumns.HEAD;
import static vn.binhthuy.partybuilding.importing.ReviewImportColumns.MEMBER_CODE;
import static vn.binhthuy.partybuilding.importing.ReviewImportColumns.NOTE;
import static vn.binhthuy.partybuilding.importing.ReviewImportColumns.PARTICIPATION;
import static vn.binhthuy.partybuilding.importing.ReviewImportColumns.REVIEW_DATE;
import static vn.binhthuy.partybuilding.importing.ReviewImportColumns.UNIT_CODE;
import static vn.binhthuy.partybuilding.importing.ReviewImportColumns.YEAR;

/**
 * The year's review delegations (the reviews of collectives and of members the standing board led or attended) of an
 * organization, or of the whole committee, from an XLSX or CSV file: template → check → confirm like every import.
 * A subject (a collective or a member) has one review a year, so a row creates it or corrects the stored one; reviews
 * not in the file are left alone.
 */
@Service
public class ReviewImportService implements ImportKind {

    static final String CODE = "REVIEW_DELEGATIONS";
    /** The template's sheet, and the sheet of the Board's whole-dataset workbook this kind reads. */
    public static final String SHEET = "Phân công kiểm điểm";
    private static final Description DESCRIPTION = new Description(CODE, 70, Reach.ORGANIZATION, true, true,
            SHEET);

    private static final List<String> REQUIRED = List.of(MEMBER_CODE, UNIT_CODE, YEAR, PARTICIPATION, REVIEW_DATE,
            HEAD);

    private final ReviewImportQueries queries;
    private final ImportQueries locks;
    private final ReviewEntries entries;
    private final AccessGuard guard;
    private final AuditLog audit;

    public ReviewImportService(ReviewImportQueries queries, ImportQueries locks, ReviewEntries entries,
                               AccessGuard guard, AuditLog audit) {
        this.queries = queries;
        this.locks = locks;
        this.entries = entries;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewImport check(ImportScope scope, String fileName, byte[] content) {
        scope.requireEditor(guard);
        Long organizationId = scope.unitId();
        int year = scope.year();
        ImportFileReader.Result file = ImportFileReader.read(fileName, content, SHEET);
        List<ImportProblem> blocking = ImportChecks.blocking(file, REQUIRED);
        if (!blocking.isEmpty()) {
            return new ReviewImport(organizationId, year, fileName, List.of(), blocking);
        }
        Map<String, Integer> columns = ImportChecks.columns(file.header());
        Map<String, ImportQueries.MemberUnit> units = locks.collectives(organizationId);
        Map<String, ReviewImportQueries.YearMember> members = queries.members(organizationId, year);
        Map<String, Review> existing = queries.reviews(organizationId, year, ImportQueries.Lock.NONE);
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<ReviewImport.Row> rows = new ArrayList<>();
        for (RawRow raw : file.rows()) {
            int before = problems.size();
            int n = raw.number();
            String code = raw.cell(columns.get(MEMBER_CODE)).toUpperCase(Locale.ROOT);
            String unitCode = raw.cell(columns.get(UNIT_CODE));
            String participationText = raw.cell(columns.get(PARTICIPATION));
            String head = raw.cell(columns.get(HEAD)).trim();
            String note = columns.containsKey(NOTE) ? raw.cell(columns.get(NOTE)).trim() : "";

            ImportChecks.checkYear(raw.cell(columns.get(YEAR)), year, n, YEAR, problems);
            ReviewParticipation participation = ImportChecks.coded(ReviewImportColumns.PARTICIPATIONS.keySet(),
                    CodeWords.code(ReviewImportColumns.PARTICIPATIONS, participationText), participationText, n,
                    PARTICIPATION, problems);
            String dateText = raw.cell(columns.get(REVIEW_DATE));
            LocalDate date = ImportChecks.date(dateText, year, n, REVIEW_DATE, problems);
            if (dateText.isBlank()) {
                problems.add(ImportProblem.at(n, REVIEW_DATE, "import.error.required"));
            }
            if (head.isBlank()) {
                problems.add(ImportProblem.at(n, HEAD, "import.error.required"));
            }
            ImportChecks.checkLength(head, ReviewImportColumns.MAX_HEAD, n, HEAD, problems);
            ImportChecks.checkLength(note, ReviewImportColumns.MAX_NOTE, n, NOTE, problems);
            ImportQueries.MemberUnit unit = units.get(unitCode);
            if (unitCode.isBlank()) {
                problems.add(ImportProblem.at(n, UNIT_CODE, "import.error.required"));
            } else if (unit == null) {
                problems.add(ImportProblem.at(n, UNIT_CODE, "import.error.unknown-unit", unitCode));
            }
            ReviewImportQueries.YearMember member = code.isBlank() ? null : members.get(code);
            if (!code.isBlank() && member == null) {
                problems.add(ImportProblem.at(n, MEMBER_CODE, "import.error.unknown-member-in-year", code, year));
            } else if (member != null && unit != null && !member.unitIds().contains(unit.id())) {
                problems.add(ImportProblem.at(n, UNIT_CODE, "import.error.member-not-in-unit", code, unitCode, year));
            }
            if (problems.size() == before) {
                String subject = code.isBlank() ? unitCode : code;
                String key = member == null ? "U" + unit.id() : "M" + member.id();
                Integer first = seen.putIfAbsent(key, n);
                Review stored = existing.get(key);
                if (first != null) {
                    problems.add(ImportProblem.at(n, code.isBlank() ? UNIT_CODE : MEMBER_CODE,
                            "import.error.duplicate-review", subject, first));
                } else if (stored != null && stored.organizationId() != unit.organizationId()) {
                    problems.add(ImportProblem.at(n, code.isBlank() ? UNIT_CODE : MEMBER_CODE,
                            "import.error.reviewed-elsewhere", subject, year));
                } else {
                    rows.add(new ReviewImport.Row(n, member == null ? null : member.id(), subject, unit.id(),
                            unit.organizationId(), participation, date, head, note.isBlank() ? null : note,
                            stored == null ? null : stored.version()));
                }
            }
        }
        return new ReviewImport(organizationId, year, fileName, rows, problems);
    }

    /**
     * Writes a clean file in one transaction: new reviews created, changed ones corrected, equal ones left alone;
     * refused, with nothing written, when a review it would change was changed by anyone after the check.
     */
    @Override
    @Transactional
    public ImportResult apply(CheckedImport checkedImport) {
        ReviewImport checked = (ReviewImport) checkedImport;
        checked.scope().requireEditor(guard);
        ImportConfirmation.requireClean(checked);
        locks.lockOrganization(checked.organizationId());
        Map<String, Review> existing = queries.reviews(checked.organizationId(), checked.year(),
                ImportQueries.Lock.FOR_UPDATE);
        return ImportConfirmation.write(checked, checked.rows(), new ImportConfirmation.Rows<ReviewImport.Row, Review>() {
            @Override
            public Review stored(ReviewImport.Row row) {
                return existing.get(row.subjectKey());
            }

            @Override
            public Integer version(Review stored) {
                return stored.version();
            }

            @Override
            public boolean unchanged(Review stored, ReviewImport.Row row) {
                return stored.unitId() == row.unitId() && stored.participation() == row.participation()
                        && stored.reviewDate().equals(row.reviewDate()) && stored.headName().equals(row.headName())
                        && Objects.equals(stored.note(), row.note());
            }

            @Override
            public Review written(Review stored, ReviewImport.Row row) {
                return stored == null
                        ? Review.of(checked.year(), row.unitId(), row.organizationId(), row.memberId(),
                                row.participation(), row.reviewDate(), row.headName(), row.note())
                        : stored.corrected(row.unitId(), row.participation(), row.reviewDate(), row.headName(),
                                row.note());
            }

            @Override
            public String auditKey(ReviewImport.Row row) {
                return row.subject();
            }

            @Override
            public String auditChange(Review stored, ReviewImport.Row row) {
                return (stored == null ? "" : stored.participation() + " " + stored.reviewDate() + " ") + "→ "
                        + row.participation() + " " + row.reviewDate();
            }
        }, writes -> entries.saveImportedDelegations(checked.organizationId(), writes), audit, "REVIEW_DELEGATION");
    }

    /** A workbook to fill in: the columns, a review of a collective and one of a member (made up, skipped on import). */
    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] template(ImportScope scope) {
        scope.requireEditor(guard);
        int year = scope.year();
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        allowed.put(PARTICIPATION, List.copyOf(ReviewImportColumns.PARTICIPATIONS.keySet()));
        allowed.put(UNIT_CODE, List.copyOf(locks.collectives(scope.unitId()).keySet()));
        return ImportTemplates.workbook(SHEET, ReviewImportColumns.ALL, List.of(
                List.of(TemplateExample.COLLECTIVE, TemplateExample.CELL_CODE, year, "Đoàn kiểm điểm của BTV",
                        "15/12/" + year, "Trần Văn B", TemplateExample.NOTE),
                List.of(TemplateExample.MEMBER_CODE, TemplateExample.CELL_CODE, year, "BTV dự kiểm điểm",
                        "20/12/" + year, "Lê Thị C", TemplateExample.NOTE)), allowed);
    }

    @Override
    @Transactional(readOnly = true)
    public long loaded() {
        return locks.count("review_delegation");
    }
}
