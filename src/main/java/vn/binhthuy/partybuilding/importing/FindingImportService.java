package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.indicators.Finding;
import vn.binhthuy.partybuilding.indicators.FindingDegree;
import vn.binhthuy.partybuilding.indicators.FindingService;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;
import vn.binhthuy.partybuilding.security.AccessGuard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static vn.binhthuy.partybuilding.importing.FindingImportColumns.CELL_CODE;
import static vn.binhthuy.partybuilding.importing.FindingImportColumns.DEGREE;
import static vn.binhthuy.partybuilding.importing.FindingImportColumns.FOUND_ON;
import static vn.binhthuy.partybuilding.importing.FindingImportColumns.INDICATOR;
import static vn.binhthuy.partybuilding.importing.FindingImportColumns.MEMBER_CODE;
import static vn.binhthuy.partybuilding.importing.FindingImportColumns.NOTE;
import static vn.binhthuy.partybuilding.importing.FindingImportColumns.SOURCE;
import static vn.binhthuy.partybuilding.importing.FindingImportColumns.YEAR;

/**
 * A grassroots organization's findings of the year (which of the 27 manifestations were found in which member or
 * cell, how serious, by which process) from an XLSX or CSV file, with the same template → check → confirm steps as
 * the ratings: every problem by row and column, an all-or-nothing write, and the same file again changes nothing.
 * Findings not in the file are left alone (a file adds and corrects; removal stays a deliberate act on the cell page).
 */
@Service
public class FindingImportService implements ImportKind {

    static final String CODE = "FINDINGS";
    /** The template's sheet, and the sheet of the Board's whole-dataset workbook this kind reads. */
    public static final String SHEET = "Biểu hiện suy thoái";
    private static final Description DESCRIPTION = new Description(CODE, 50, Reach.ORGANIZATION, true, true,
            SHEET);

    private static final List<String> REQUIRED = List.of(MEMBER_CODE, CELL_CODE, YEAR, INDICATOR, DEGREE, SOURCE,
            FOUND_ON);

    private final ImportQueries queries;
    private final FindingService findings;
    private final AccessGuard guard;
    private final AuditLog audit;

    public FindingImportService(ImportQueries queries, FindingService findings, AccessGuard guard, AuditLog audit) {
        this.queries = queries;
        this.findings = findings;
        this.guard = guard;
        this.audit = audit;
    }

    /** Reads and checks a file; writes nothing. */
    @Transactional(readOnly = true)
    public FindingImport check(Long organizationId, int year, String fileName, byte[] content) {
        ImportScope scope = ImportScope.of(organizationId, year);
        scope.requireEditor(guard);
        ImportFileReader.Result file = ImportFileReader.read(fileName, content, SHEET);
        List<ImportProblem> blocking = ImportChecks.blocking(file, REQUIRED);
        if (!blocking.isEmpty()) {
            return new FindingImport(organizationId, year, fileName, List.of(), blocking);
        }
        Map<String, Integer> columns = ImportChecks.columns(file.header());
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, ImportQueries.RosterEntry> roster = queries.roster(organizationId, year);
        Map<String, ImportQueries.MemberUnit> memberUnits = queries.memberUnits(organizationId);
        Map<String, ImportQueries.MemberUnit> collectives = queries.collectives(organizationId);
        Map<String, Long> indicators = queries.indicators();
        Map<String, Finding> existing = queries.existingFindings(organizationId, year, ImportQueries.Lock.NONE);
        Map<String, Integer> seen = new HashMap<>();
        List<FindingImport.Row> rows = new ArrayList<>();
        for (RawRow raw : file.rows()) {
            int before = problems.size();
            int n = raw.number();
            String code = raw.cell(columns.get(MEMBER_CODE)).toUpperCase(Locale.ROOT);
            String cell = raw.cell(columns.get(CELL_CODE));
            String indicator = raw.cell(columns.get(INDICATOR)).toUpperCase(Locale.ROOT);
            String degreeText = raw.cell(columns.get(DEGREE));
            String sourceText = raw.cell(columns.get(SOURCE));
            String note = columns.containsKey(NOTE) ? raw.cell(columns.get(NOTE)) : "";

            ImportChecks.checkYear(raw.cell(columns.get(YEAR)), year, n, YEAR, problems);
            FindingDegree degree = ImportChecks.coded(FindingImportColumns.DEGREES.keySet(), FindingImportColumns.degree(degreeText),
                    degreeText, n, DEGREE, problems);
            ShortcomingSource source = ImportChecks.coded(FindingImportColumns.SOURCES.keySet(),
                    FindingImportColumns.source(sourceText), sourceText, n, SOURCE, problems);
            if (indicator.isBlank()) {
                problems.add(ImportProblem.at(n, INDICATOR, "import.error.required"));
            } else if (!indicators.containsKey(indicator)) {
                problems.add(ImportProblem.at(n, INDICATOR, "import.error.unknown-indicator", indicator));
            }
            LocalDate foundOn = foundOn(raw.cell(columns.get(FOUND_ON)), year, n, problems);
            ImportChecks.checkNote(note, n, NOTE, problems);
            ImportQueries.MemberUnit unit = null;
            if (cell.isBlank()) {
                problems.add(ImportProblem.at(n, CELL_CODE, "import.error.required"));
            } else {
                // a collective finding may be of a cell or of the organization itself
                unit = (code.isBlank() ? collectives : memberUnits).get(cell);
                if (unit == null) {
                    problems.add(ImportProblem.at(n, CELL_CODE, scope.wording("import.error.unknown-cell"), cell));
                }
            }
            ImportQueries.RosterEntry member = code.isBlank() ? null : roster.get(code);
            if (!code.isBlank() && member == null) {
                problems.add(ImportProblem.at(n, MEMBER_CODE, scope.wording("import.error.unknown-member"), code));
            } else if (member != null && unit != null && member.unitId() != unit.id()) {
                problems.add(ImportProblem.at(n, CELL_CODE, "import.error.cell-mismatch", cell, member.unitCode()));
            }
            String subject = code.isBlank() ? cell : code;
            if (problems.size() == before) {
                Integer first = seen.putIfAbsent(subject + "|" + indicator + "|" + source, n);
                if (first != null) {
                    problems.add(ImportProblem.at(n, INDICATOR, "import.error.duplicate-finding", subject, indicator,
                            first));
                } else {
                    FindingImport.Row unversioned = new FindingImport.Row(n, member == null ? null : member.memberId(),
                            subject, unit.id(), unit.organizationId(), indicators.get(indicator), indicator, degree,
                            source, foundOn, note.isBlank() ? null : note, null);
                    Finding found = existing.get(key(unversioned));
                    FindingImport.Row row = found == null ? unversioned : new FindingImport.Row(n,
                            unversioned.memberId(), subject, unit.id(), unit.organizationId(),
                            unversioned.indicatorId(), indicator, degree, source, foundOn, unversioned.note(),
                            found.version());
                    if (found != null && found.organizationId() != unit.organizationId()) {
                        problems.add(ImportProblem.at(n, INDICATOR, "import.error.found-elsewhere", subject, indicator,
                                year));
                    } else {
                        rows.add(row);
                    }
                }
            }
        }
        return new FindingImport(organizationId, year, fileName, rows, problems);
    }

    private static String key(FindingImport.Row row) {
        return row.subjectKey() + "|" + row.indicatorId() + "|" + row.source();
    }

    /**
     * Writes a clean import in one transaction: new findings created, changed ones updated, equal ones left alone.
     * Refused, with nothing written, when a finding it would create or change was changed by anyone after the check;
     * confirms of the same organization run one after the other.
     */
    @Transactional
    public ImportResult apply(FindingImport checked) {
        checked.scope().requireEditor(guard);
        ImportConfirmation.requireClean(checked);
        queries.lockOrganization(checked.organizationId());
        Map<String, Finding> existing = queries.existingFindings(checked.organizationId(), checked.year(),
                ImportQueries.Lock.FOR_UPDATE);
        return ImportConfirmation.write(checked, checked.rows(), new ImportConfirmation.Rows<FindingImport.Row, Finding>() {
            @Override
            public Finding stored(FindingImport.Row row) {
                return existing.get(FindingImportService.key(row));
            }

            @Override
            public Integer version(Finding stored) {
                return stored.version();
            }

            @Override
            public boolean unchanged(Finding stored, FindingImport.Row row) {
                return stored.degree().equals(row.degree()) && stored.foundOn().equals(row.foundOn())
                        && Objects.equals(stored.note(), row.note());
            }

            @Override
            public Finding written(Finding stored, FindingImport.Row row) {
                return stored == null
                        ? Finding.first(checked.year(), row.indicatorId(), row.memberId(), row.unitId(),
                                row.organizationId(), row.degree(), row.source(), row.foundOn(), row.note())
                        : stored.corrected(row.degree(), row.foundOn(), row.note());
            }

            @Override
            public String auditKey(FindingImport.Row row) {
                return row.subject() + " " + row.indicatorCode() + " " + row.source();
            }

            @Override
            public String auditChange(Finding stored, FindingImport.Row row) {
                return (stored == null ? "" : stored.degree() + " " + stored.foundOn() + " ") + "→ "
                        + row.degree() + " " + row.foundOn()
                        + (stored != null && !Objects.equals(stored.note(), row.note()) ? " (note)" : "");
            }
        }, writes -> findings.saveImported(checked.organizationId(), writes), audit, "FINDING");
    }

    /** A workbook to fill in: the columns, two made-up example rows (skipped on import), and a sheet of the allowed codes and words. */
    @Transactional(readOnly = true)
    public byte[] template(Long organizationId, int year) {
        ImportScope.of(organizationId, year).requireEditor(guard);
        List<String> cells = queries.memberUnits(organizationId).keySet().stream().sorted().toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < FindingImportColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(FindingImportColumns.ALL.get(c));
                sheet.setColumnWidth(c, 20 * 256);
            }
            exampleRow(sheet.createRow(1), TemplateExample.MEMBER_CODE, TemplateExample.CELL_CODE, year, "A6", "Nhẹ",
                    "Tự soi, tự sửa");
            exampleRow(sheet.createRow(2), "", TemplateExample.COLLECTIVE, year, "B2", "Trung bình", "Kiểm điểm");
            Sheet allowed = workbook.createSheet("Danh mục");
            column(allowed, 0, INDICATOR, queries.indicators().keySet().stream().sorted().toList());
            column(allowed, 1, DEGREE, List.copyOf(FindingImportColumns.DEGREES.keySet()));
            column(allowed, 2, SOURCE, List.copyOf(FindingImportColumns.SOURCES.keySet()));
            column(allowed, 3, CELL_CODE, cells);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void exampleRow(Row row, String member, String cell, int year, String indicator, String degree,
                                   String source) {
        row.createCell(0).setCellValue(member);
        row.createCell(1).setCellValue(cell);
        row.createCell(2).setCellValue(year);
        row.createCell(3).setCellValue(indicator);
        row.createCell(4).setCellValue(degree);
        row.createCell(5).setCellValue(source);
        row.createCell(6).setCellValue("15/12/" + year);
        row.createCell(7).setCellValue(TemplateExample.NOTE);
    }

    private static void column(Sheet sheet, int index, String title, List<String> values) {
        for (int i = 0; i <= values.size(); i++) {
            Row row = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
            row.createCell(index).setCellValue(i == 0 ? title : values.get(i - 1));
        }
        sheet.setColumnWidth(index, 24 * 256);
    }

    /** Findings are dated within their year. */
    private static LocalDate foundOn(String text, int year, int row, List<ImportProblem> problems) {
        if (text.isBlank()) {
            problems.add(ImportProblem.at(row, FOUND_ON, "import.error.required"));
            return null;
        }
        LocalDate date = ImportChecks.date(text, year, row, FOUND_ON, problems);
        if (date != null && date.getYear() != year) {
            problems.add(ImportProblem.at(row, FOUND_ON, "import.error.date-out-of-year", text, year));
            return null;
        }
        return date;
    }

    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] template(ImportScope scope) {
        return template(scope.unitId(), scope.year());
    }

    @Override
    @Transactional(readOnly = true)
    public CheckedImport check(ImportScope scope, String fileName, byte[] content) {
        return check(scope.unitId(), scope.year(), fileName, content);
    }

    @Override
    @Transactional
    public ImportResult apply(CheckedImport checked) {
        return apply((FindingImport) checked);
    }

    @Override
    @Transactional(readOnly = true)
    public long loaded() {
        return queries.count("finding");
    }
}
