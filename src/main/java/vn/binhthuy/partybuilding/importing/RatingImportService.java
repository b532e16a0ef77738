package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.classification.MemberRating;
import vn.binhthuy.partybuilding.classification.MemberRatingService;
import vn.binhthuy.partybuilding.security.AccessGuard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static vn.binhthuy.partybuilding.importing.RatingImportColumns.CELL_CODE;
import static vn.binhthuy.partybuilding.importing.RatingImportColumns.FULL_NAME;
import static vn.binhthuy.partybuilding.importing.RatingImportColumns.LEVEL;
import static vn.binhthuy.partybuilding.importing.RatingImportColumns.MEMBER_CODE;
import static vn.binhthuy.partybuilding.importing.RatingImportColumns.NOTE;
import static vn.binhthuy.partybuilding.importing.RatingImportColumns.RATED_ON;
import static vn.binhthuy.partybuilding.importing.RatingImportColumns.YEAR;

/**
 * A grassroots organization's yearly member ratings from an XLSX or CSV file: a template to fill in, a check that
 * reports every problem by row and column, and an all-or-nothing write that is idempotent (the same file again
 * changes nothing).
 */
@Service
public class RatingImportService implements ImportKind {

    static final String CODE = "MEMBER_RATINGS";
    /** The template's sheet, and the sheet of the Board's whole-dataset workbook this kind reads. */
    public static final String SHEET = "Xếp loại đảng viên";
    private static final Description DESCRIPTION = new Description(CODE, 40, Reach.ORGANIZATION, true, true,
            SHEET);

    private static final List<String> REQUIRED = List.of(MEMBER_CODE, FULL_NAME, CELL_CODE, YEAR, LEVEL);

    private final ImportQueries queries;
    private final MemberRatingService ratings;
    private final AccessGuard guard;
    private final AuditLog audit;

    public RatingImportService(ImportQueries queries, MemberRatingService ratings, AccessGuard guard,
                               AuditLog audit) {
        this.queries = queries;
        this.ratings = ratings;
        this.guard = guard;
        this.audit = audit;
    }

    /** Reads and checks a file; writes nothing. */
    @Transactional(readOnly = true)
    public RatingImport check(Long organizationId, int year, String fileName, byte[] content) {
        ImportScope scope = ImportScope.of(organizationId, year);
        scope.requireEditor(guard);
        ImportFileReader.Result file = ImportFileReader.read(fileName, content, SHEET);
        List<ImportProblem> blocking = ImportChecks.blocking(file, REQUIRED);
        if (!blocking.isEmpty()) {
            return new RatingImport(organizationId, year, fileName, List.of(), blocking);
        }
        Map<String, Integer> columns = ImportChecks.columns(file.header());
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, ImportQueries.RosterEntry> roster = queries.roster(organizationId, year);
        Map<String, ImportQueries.MemberUnit> memberUnits = queries.memberUnits(organizationId);
        Map<String, Long> levels = queries.memberLevels(year).stream()
                .collect(Collectors.toMap(ImportQueries.Level::code, ImportQueries.Level::id, (a, b) -> a,
                        LinkedHashMap::new));
        Map<Long, MemberRating> existing = queries.existingRatings(organizationId, year, ImportQueries.Lock.NONE);
        Map<String, Integer> seen = new HashMap<>();
        List<RatingImport.Row> rows = new ArrayList<>();
        for (RawRow raw : file.rows()) {
            int before = problems.size();
            String code = raw.cell(columns.get(MEMBER_CODE)).toUpperCase(Locale.ROOT);
            String name = raw.cell(columns.get(FULL_NAME));
            String cell = raw.cell(columns.get(CELL_CODE));
            String yearText = raw.cell(columns.get(YEAR));
            String level = raw.cell(columns.get(LEVEL)).toUpperCase(Locale.ROOT);
            String ratedOn = columns.containsKey(RATED_ON) ? raw.cell(columns.get(RATED_ON)) : "";
            String note = columns.containsKey(NOTE) ? raw.cell(columns.get(NOTE)) : "";
            int n = raw.number();

            if (code.isBlank()) {
                problems.add(ImportProblem.at(n, MEMBER_CODE, "import.error.required"));
            }
            if (level.isBlank()) {
                problems.add(ImportProblem.at(n, LEVEL, "import.error.required"));
            } else if (!levels.containsKey(level)) {
                problems.add(ImportProblem.at(n, LEVEL, "import.error.level-not-in-scale", level, year,
                        String.join(", ", levels.keySet())));
            }
            ImportChecks.checkYear(yearText, year, n, YEAR, problems);
            ImportChecks.date(ratedOn, year, n, RATED_ON, problems);
            ImportChecks.checkNote(note, n, NOTE, problems);
            ImportQueries.RosterEntry member = code.isBlank() ? null : roster.get(code);
            if (!code.isBlank()) {
                Integer first = seen.putIfAbsent(code, n);
                if (first != null) {
                    problems.add(ImportProblem.at(n, MEMBER_CODE, "import.error.duplicate", code, first));
                } else if (member == null) {
                    problems.add(ImportProblem.at(n, MEMBER_CODE, scope.wording("import.error.unknown-member"), code));
                }
            }
            MemberRating rated = member == null ? null : existing.get(member.memberId());
            if (rated != null && rated.organizationId() != member.organizationId()) {
                problems.add(ImportProblem.at(n, MEMBER_CODE, "import.error.rated-elsewhere", code, year));
            }
            if (member != null && !name.isBlank() && !ImportChecks.sameName(name, member.fullName())) {
                problems.add(ImportProblem.at(n, FULL_NAME, "import.error.name-mismatch", name, member.fullName()));
            }
            if (!cell.isBlank() && !memberUnits.containsKey(cell)) {
                problems.add(ImportProblem.at(n, CELL_CODE, scope.wording("import.error.unknown-cell"), cell));
            } else if (member != null && !cell.isBlank() && !cell.equals(member.unitCode())) {
                problems.add(ImportProblem.at(n, CELL_CODE, "import.error.cell-mismatch", cell, member.unitCode()));
            }
            if (problems.size() == before && member != null) {
                rows.add(new RatingImport.Row(n, member.memberId(), code, member.unitId(), member.organizationId(),
                        levels.get(level), level, note.isBlank() ? null : note, rated == null ? null : rated.version()));
            }
        }
        return new RatingImport(organizationId, year, fileName, rows, problems);
    }

    /**
     * Writes a clean import in one transaction: new ratings created, changed ones updated, equal ones left alone.
     * Refused, with nothing written, when a rating it would create or change was changed by anyone after the check;
     * confirms of the same organization run one after the other, so the second sees what the first wrote.
     */
    @Transactional
    public ImportResult apply(RatingImport checked) {
        checked.scope().requireEditor(guard);
        ImportConfirmation.requireClean(checked);
        queries.lockOrganization(checked.organizationId());
        Map<Long, MemberRating> existing = queries.existingRatings(checked.organizationId(), checked.year(),
                ImportQueries.Lock.FOR_UPDATE);
        Map<Long, String> levelCodes = queries.memberLevels(checked.year()).stream()
                .collect(Collectors.toMap(ImportQueries.Level::id, ImportQueries.Level::code));
        return ImportConfirmation.write(checked, checked.rows(), new ImportConfirmation.Rows<RatingImport.Row, MemberRating>() {
            @Override
            public MemberRating stored(RatingImport.Row row) {
                return existing.get(row.memberId());
            }

            @Override
            public Integer version(MemberRating stored) {
                return stored.version();
            }

            @Override
            public boolean unchanged(MemberRating stored, RatingImport.Row row) {
                return stored.levelId() == row.levelId() && stored.unitId() == row.unitId()
                        && Objects.equals(stored.note(), row.note());
            }

            @Override
            public MemberRating written(MemberRating stored, RatingImport.Row row) {
                return stored == null
                        ? MemberRating.first(row.memberId(), checked.year(), row.unitId(), row.organizationId(),
                                row.levelId(), row.note())
                        : stored.corrected(row.unitId(), row.levelId(), row.note());
            }

            @Override
            public String auditKey(RatingImport.Row row) {
                return row.memberCode();
            }

            @Override
            public String auditChange(MemberRating stored, RatingImport.Row row) {
                return (stored == null ? "" : levelCodes.getOrDefault(stored.levelId(), "?") + " ") + "→ "
                        + row.levelCode()
                        + (stored != null && !Objects.equals(stored.note(), row.note()) ? " (note)" : "");
            }
        }, writes -> ratings.saveImported(checked.organizationId(), writes), audit,
                "MEMBER_RATING");
    }

    /** A workbook to fill in: the columns, one made-up example row (skipped on import), and a sheet listing the allowed levels and cells. */
    @Transactional(readOnly = true)
    public byte[] template(Long organizationId, int year) {
        ImportScope.of(organizationId, year).requireEditor(guard);
        List<ImportQueries.Level> levels = queries.memberLevels(year);
        List<ImportQueries.MemberUnit> memberUnits = List.copyOf(queries.memberUnits(organizationId).values());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < RatingImportColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(RatingImportColumns.ALL.get(c));
                sheet.setColumnWidth(c, 22 * 256);
            }
            Row example = sheet.createRow(1);
            example.createCell(0).setCellValue(TemplateExample.MEMBER_CODE);
            example.createCell(1).setCellValue(TemplateExample.FULL_NAME);
            example.createCell(2).setCellValue(TemplateExample.CELL_CODE);
            example.createCell(3).setCellValue(year);
            example.createCell(4).setCellValue(levels.size() > 1 ? levels.get(1).code() : "");
            example.createCell(5).setCellValue("15/12/" + year);
            example.createCell(6).setCellValue(TemplateExample.NOTE);
            Sheet allowed = workbook.createSheet("Danh mục");
            allowed.createRow(0).createCell(0).setCellValue(LEVEL + " (" + year + ")");
            for (int i = 0; i < levels.size(); i++) {
                allowed.createRow(i + 1).createCell(0).setCellValue(levels.get(i).code());
            }
            Row cellHeader = allowed.getRow(0);
            cellHeader.createCell(2).setCellValue(CELL_CODE);
            cellHeader.createCell(3).setCellValue("Chi bộ");
            for (int i = 0; i < memberUnits.size(); i++) {
                Row row = allowed.getRow(i + 1) == null ? allowed.createRow(i + 1) : allowed.getRow(i + 1);
                row.createCell(2).setCellValue(memberUnits.get(i).code());
                row.createCell(3).setCellValue(memberUnits.get(i).name());
            }
            allowed.setColumnWidth(0, 24 * 256);
            allowed.setColumnWidth(2, 28 * 256);
            allowed.setColumnWidth(3, 48 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return apply((RatingImport) checked);
    }

    @Override
    @Transactional(readOnly = true)
    public long loaded() {
        return queries.count("member_rating");
    }
}
