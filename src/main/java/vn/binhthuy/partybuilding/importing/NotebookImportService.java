package vn.binhthuy.partybuilding.importing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.reviews.NotebookKind;
import vn.binhthuy.partybuilding.reviews.NotebookNote;
import vn.binhthuy.partybuilding.reviews.ReviewEntries;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.security.CurrentUser;
import vn.binhthuy.partybuilding.security.PartyUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.binhthuy.partybuilding.importing.NotebookImportColumns.CONTENT;
import static vn.binhthuy.partybuilding.importing.NotebookImportColumns.DATE;
import static vn.binhthuy.partybuilding.importing.NotebookImportColumns.KIND;
import static vn.binhthuy.partybuilding.importing.NotebookImportColumns.RECORDED_BY;
import static vn.binhthuy.partybuilding.importing.NotebookImportColumns.UNIT_CODE;

/**
 * The year's notebook (dated notes of the strengths and shortcomings of collectives) of an organization, or of the
 * whole committee, from an XLSX or CSV file: template → check → confirm like every import. A note is known by its
 * collective, day, kind and words, so a file adds notes (and may name their author); notes not in the file are kept.
 */
@Service
public class NotebookImportService implements ImportKind {

    static final String CODE = "NOTEBOOK";
    /** The template's sheet, and the sheet of the Board's whole-dataset workbook this kind reads. */
    public static final String SHEET = "Sổ tay";
    private static final Description DESCRIPTION = new Description(CODE, 80, Reach.ORGANIZATION, true, true,
            SHEET);

    private static final List<String> REQUIRED = List.of(UNIT_CODE, DATE, KIND, CONTENT);

    private final ReviewImportQueries queries;
    private final ImportQueries locks;
    private final ReviewEntries entries;
    private final AccessGuard guard;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public NotebookImportService(ReviewImportQueries queries, ImportQueries locks, ReviewEntries entries,
                                 AccessGuard guard, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.locks = locks;
        this.entries = entries;
        this.guard = guard;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public NotebookImport check(ImportScope scope, String fileName, byte[] content) {
        scope.requireEditor(guard);
        Long organizationId = scope.unitId();
        int year = scope.year();
        ImportFileReader.Result file = ImportFileReader.read(fileName, content, SHEET);
        List<ImportProblem> blocking = ImportChecks.blocking(file, REQUIRED);
        if (!blocking.isEmpty()) {
            return new NotebookImport(organizationId, year, fileName, List.of(), blocking);
        }
        Map<String, Integer> columns = ImportChecks.columns(file.header());
        Map<String, ImportQueries.MemberUnit> units = locks.collectives(organizationId);
        Map<String, NotebookNote> existing = queries.notes(organizationId, year, ImportQueries.Lock.NONE);
        LocalDate today = LocalDate.now(clock);
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<NotebookImport.Row> rows = new ArrayList<>();
        for (RawRow raw : file.rows()) {
            int before = problems.size();
            int n = raw.number();
            String unitCode = raw.cell(columns.get(UNIT_CODE));
            String kindText = raw.cell(columns.get(KIND));
            String text = raw.cell(columns.get(CONTENT)).trim();
            String author = columns.containsKey(RECORDED_BY) ? raw.cell(columns.get(RECORDED_BY)).trim() : "";

            ImportQueries.MemberUnit unit = units.get(unitCode);
            if (unitCode.isBlank()) {
                problems.add(ImportProblem.at(n, UNIT_CODE, "import.error.required"));
            } else if (unit == null) {
                problems.add(ImportProblem.at(n, UNIT_CODE, "import.error.unknown-unit", unitCode));
            }
            LocalDate date = date(raw.cell(columns.get(DATE)), year, today, n, problems);
            NotebookKind kind = ImportChecks.coded(NotebookImportColumns.KINDS.keySet(),
                    CodeWords.code(NotebookImportColumns.KINDS, kindText), kindText, n, KIND, problems);
            if (text.isBlank()) {
                problems.add(ImportProblem.at(n, CONTENT, "import.error.required"));
            }
            ImportChecks.checkLength(text, NotebookImportColumns.MAX_CONTENT, n, CONTENT, problems);
            ImportChecks.checkLength(author, NotebookImportColumns.MAX_AUTHOR, n, RECORDED_BY, problems);
            if (problems.size() == before) {
                String key = NotebookImport.key(unit.id(), date, kind, text);
                Integer first = seen.putIfAbsent(key, n);
                if (first != null) {
                    problems.add(ImportProblem.at(n, CONTENT, "import.error.duplicate-note", first));
                } else {
                    NotebookNote stored = existing.get(key);
                    rows.add(new NotebookImport.Row(n, unitCode, unit.id(), unit.organizationId(), date, kind, text,
                            author.isBlank() ? null : author, stored == null ? null : stored.version()));
                }
            }
        }
        return new NotebookImport(organizationId, year, fileName, rows, problems);
    }

    /** A note is dated in the year, and not after today (a notebook records what happened). */
    private static LocalDate date(String text, int year, LocalDate today, int row, List<ImportProblem> problems) {
        if (text.isBlank()) {
            problems.add(ImportProblem.at(row, DATE, "import.error.required"));
            return null;
        }
        LocalDate date = ImportChecks.date(text, year, row, DATE, problems);
        if (date != null && date.getYear() != year) {
            problems.add(ImportProblem.at(row, DATE, "import.error.date-out-of-year", text, year));
            return null;
        }
        if (date != null && date.isAfter(today)) {
            problems.add(ImportProblem.at(row, DATE, "import.error.date-in-future", text));
            return null;
        }
        return date;
    }

    /**
     * Writes a clean file in one transaction: new notes created, a changed author corrected, equal notes left alone;
     * refused, with nothing written, when a note it would change was changed by anyone after the check.
     */
    @Override
    @Transactional
    public ImportResult apply(CheckedImport checkedImport) {
        NotebookImport checked = (NotebookImport) checkedImport;
        checked.scope().requireEditor(guard);
        ImportConfirmation.requireClean(checked);
        locks.lockOrganization(checked.organizationId());
        Map<String, NotebookNote> existing = queries.notes(checked.organizationId(), checked.year(),
                ImportQueries.Lock.FOR_UPDATE);
        String importer = currentUser.get().map(PartyUser::displayName).or(currentUser::username).orElse("");
        return ImportConfirmation.write(checked, checked.rows(),
                new ImportConfirmation.Rows<NotebookImport.Row, NotebookNote>() {
                    @Override
                    public NotebookNote stored(NotebookImport.Row row) {
                        return existing.get(row.key());
                    }

                    @Override
                    public Integer version(NotebookNote stored) {
                        return stored.version();
                    }

                    @Override
                    public boolean unchanged(NotebookNote stored, NotebookImport.Row row) {
                        return row.recordedBy() == null || row.recordedBy().equals(stored.recordedBy());
                    }

                    @Override
                    public NotebookNote written(NotebookNote stored, NotebookImport.Row row) {
                        return stored == null
                                ? NotebookNote.of(row.unitId(), row.organizationId(), row.date(), row.kind(),
                                        row.content(), row.recordedBy() == null ? importer : row.recordedBy())
                                : stored.recordedBy(row.recordedBy());
                    }

                    @Override
                    public String auditKey(NotebookImport.Row row) {
                        return row.unitCode() + " " + row.date();
                    }

                    @Override
                    public String auditChange(NotebookNote stored, NotebookImport.Row row) {
                        return stored == null ? row.kind().name() : "(author)";
                    }
                }, writes -> entries.saveImportedNotes(checked.organizationId(), writes), audit, "NOTEBOOK_ENTRY");
    }

    /** A workbook to fill in: the columns, a strength and a shortcoming (made up, skipped on import). */
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
        allowed.put(KIND, List.copyOf(NotebookImportColumns.KINDS.keySet()));
        allowed.put(UNIT_CODE, List.copyOf(locks.collectives(scope.unitId()).keySet()));
        String example = RowCollector.EXAMPLE_MARK + " (mã chi bộ hoặc tổ chức, xem trang Danh mục)";
        return ImportTemplates.workbook(SHEET, NotebookImportColumns.ALL, List.of(
                List.of(example, "15/06/" + year, "Ưu điểm", TemplateExample.NOTE, "Nguyễn Văn A"),
                List.of(example, "20/09/" + year, "Hạn chế", TemplateExample.NOTE, "")), allowed);
    }

    @Override
    @Transactional(readOnly = true)
    public long loaded() {
        return locks.count("notebook_entry");
    }
}
