package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.classification.OrganizationRatingAggregate;
import vn.binhthuy.partybuilding.classification.OrganizationRatingService;
import vn.binhthuy.partybuilding.classification.RatingLevel;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static vn.binhthuy.partybuilding.importing.OrganizationRatingImportColumns.EXEMPLARY;
import static vn.binhthuy.partybuilding.importing.OrganizationRatingImportColumns.LEVEL;
import static vn.binhthuy.partybuilding.importing.OrganizationRatingImportColumns.NOTE;
import static vn.binhthuy.partybuilding.importing.OrganizationRatingImportColumns.ORGANIZATION_CODE;
import static vn.binhthuy.partybuilding.importing.OrganizationRatingImportColumns.ORGANIZATION_NAME;
import static vn.binhthuy.partybuilding.importing.OrganizationRatingImportColumns.YEAR;

/**
 * The district's yearly rating of its grassroots organizations from an XLSX or CSV file: the Organization Board's
 * file of all organizations of a year (the level by code or by its Vietnamese name, of that year's scale; "tiêu biểu"
 * only where the level allows it), checked row by row and written all or nothing through the classification feature.
 * Organizations not in the file keep their rating.
 */
@Service
public class OrganizationRatingImportService implements ImportKind {

    static final String CODE = "ORGANIZATION_RATINGS";
    /** The template's sheet, and the sheet of the Board's whole-dataset workbook this kind reads. */
    public static final String SHEET = "Xếp loại tổ chức đảng";
    private static final Description DESCRIPTION = new Description(CODE, 30, Reach.COMMITTEE, true, true,
            SHEET);

    private static final List<String> REQUIRED = List.of(ORGANIZATION_CODE, YEAR, LEVEL);

    private final OrganizationRatingImportQueries queries;
    private final ImportQueries common;
    private final OrganizationRatingService ratings;
    private final UnitService units;
    private final AccessGuard guard;
    private final AuditLog audit;

    public OrganizationRatingImportService(OrganizationRatingImportQueries queries, ImportQueries common,
                                           OrganizationRatingService ratings, UnitService units, AccessGuard guard,
                                           AuditLog audit) {
        this.queries = queries;
        this.common = common;
        this.ratings = ratings;
        this.units = units;
        this.guard = guard;
        this.audit = audit;
    }

    /** Reads and checks a file of the year; writes nothing. */
    @Transactional(readOnly = true)
    public OrganizationRatingImport check(int year, String fileName, byte[] content) {
        guard.requireOrganizationBoard();
        ImportFileReader.Result file = ImportFileReader.read(fileName, content, SHEET);
        List<ImportProblem> blocking = ImportChecks.blocking(file, REQUIRED);
        if (!blocking.isEmpty()) {
            return new OrganizationRatingImport(year, fileName, List.of(), blocking);
        }
        Map<String, Integer> columns = ImportChecks.columns(file.header());
        Map<String, Unit> organizations = units.organizations(year).stream()
                .collect(Collectors.toMap(u -> u.code().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        List<RatingLevel> scale = ratings.scale(year);
        Map<Long, OrganizationRatingAggregate> existing = queries.existing(year, ImportQueries.Lock.NONE);
        List<ImportProblem> problems = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        List<OrganizationRatingImport.Row> rows = new ArrayList<>();
        for (RawRow raw : file.rows()) {
            int before = problems.size();
            int n = raw.number();
            String code = raw.cell(columns.get(ORGANIZATION_CODE));
            String name = optional(raw, columns, ORGANIZATION_NAME);
            String levelText = raw.cell(columns.get(LEVEL));
            String exemplaryText = optional(raw, columns, EXEMPLARY);
            String note = optional(raw, columns, NOTE);

            ImportChecks.checkYear(raw.cell(columns.get(YEAR)), year, n, YEAR, problems);
            Unit organization = organization(code, name, organizations, year, n, problems);
            RatingLevel level = level(levelText, scale, year, n, problems);
            Optional<Boolean> exemplary = OrganizationRatingImportColumns.exemplary(exemplaryText);
            if (exemplary.isEmpty()) {
                problems.add(ImportProblem.at(n, EXEMPLARY, "import.error.not-allowed", exemplaryText,
                        String.join(", ", OrganizationRatingImportColumns.EXEMPLARY_WORDS)));
            } else if (exemplary.get() && level != null && !level.exemplaryAllowed()) {
                problems.add(ImportProblem.at(n, EXEMPLARY, "import.error.exemplary-not-allowed", level.code(),
                        allowingExemplary(scale)));
            }
            ImportChecks.checkNote(note, n, NOTE, problems);
            if (organization != null) {
                Integer first = seen.putIfAbsent(organization.id(), n);
                if (first != null) {
                    problems.add(ImportProblem.at(n, ORGANIZATION_CODE, "import.error.duplicate-organization",
                            organization.code(), first));
                }
            }
            if (problems.size() == before) {
                OrganizationRatingAggregate stored = existing.get(organization.id());
                rows.add(new OrganizationRatingImport.Row(n, organization.id(), organization.code(), level.id(),
                        level.code(), exemplary.get(), note.isBlank() ? null : note.trim(),
                        stored == null ? null : stored.version()));
            }
        }
        return new OrganizationRatingImport(year, fileName, rows, problems);
    }

    private static String optional(RawRow raw, Map<String, Integer> columns, String column) {
        return columns.containsKey(column) ? raw.cell(columns.get(column)) : "";
    }

    /** The organization of the code, existing in the year, whose name (when given) is its full or short name. */
    private static Unit organization(String code, String name, Map<String, Unit> organizations, int year, int row,
                                     List<ImportProblem> problems) {
        if (code.isBlank()) {
            problems.add(ImportProblem.at(row, ORGANIZATION_CODE, "import.error.required"));
            return null;
        }
        Unit organization = organizations.get(code.trim().toLowerCase(Locale.ROOT));
        if (organization == null) {
            problems.add(ImportProblem.at(row, ORGANIZATION_CODE, "import.error.unknown-organization", code, year));
            return null;
        }
        if (!name.isBlank() && !ImportChecks.sameName(name, organization.name())
                && (organization.shortName() == null || !ImportChecks.sameName(name, organization.shortName()))) {
            problems.add(ImportProblem.at(row, ORGANIZATION_NAME, "import.error.name-mismatch", name,
                    organization.name()));
        }
        return organization;
    }

    /** The level of the year's scale named by its code or its Vietnamese name. */
    private static RatingLevel level(String text, List<RatingLevel> scale, int year, int row,
                                     List<ImportProblem> problems) {
        if (text.isBlank()) {
            problems.add(ImportProblem.at(row, LEVEL, "import.error.required"));
            return null;
        }
        return scale.stream()
                .filter(l -> l.code().equalsIgnoreCase(text.trim()) || ImportChecks.sameName(text, l.nameVi()))
                .findFirst().orElseGet(() -> {
                    problems.add(ImportProblem.at(row, LEVEL, "import.error.level-not-in-scale", text, year,
                            scale.stream().map(RatingLevel::code).collect(Collectors.joining(", "))));
                    return null;
                });
    }

    private static String allowingExemplary(List<RatingLevel> scale) {
        return scale.stream().filter(RatingLevel::exemplaryAllowed).map(RatingLevel::code)
                .collect(Collectors.joining(", "));
    }

    /**
     * Writes a clean import in one transaction: new ratings created, changed ones updated, equal ones left alone;
     * refused, with nothing written, when a rating it would create or change was changed after the check.
     */
    @Transactional
    public ImportResult apply(OrganizationRatingImport checked) {
        guard.requireOrganizationBoard();
        ImportConfirmation.requireClean(checked);
        units.district().ifPresent(district -> common.lockOrganization(district.id()));
        Map<Long, OrganizationRatingAggregate> existing = queries.existing(checked.year(),
                ImportQueries.Lock.FOR_UPDATE);
        Map<Long, String> levelCodes = ratings.scale(checked.year()).stream()
                .collect(Collectors.toMap(RatingLevel::id, RatingLevel::code));
        return ImportConfirmation.write(checked, checked.rows(),
                new ImportConfirmation.Rows<OrganizationRatingImport.Row, OrganizationRatingAggregate>() {
                    @Override
                    public OrganizationRatingAggregate stored(OrganizationRatingImport.Row row) {
                        return existing.get(row.organizationId());
                    }

                    @Override
                    public Integer version(OrganizationRatingAggregate stored) {
                        return stored.version();
                    }

                    @Override
                    public boolean unchanged(OrganizationRatingAggregate stored, OrganizationRatingImport.Row row) {
                        return stored.levelId() == row.levelId() && stored.exemplary() == row.exemplary()
                                && Objects.equals(stored.note(), row.note());
                    }

                    @Override
                    public OrganizationRatingAggregate written(OrganizationRatingAggregate stored,
                                                               OrganizationRatingImport.Row row) {
                        return stored == null
                                ? OrganizationRatingAggregate.first(row.organizationId(), checked.year(), row.levelId(),
                                        row.exemplary(), row.note())
                                : stored.corrected(row.levelId(), row.exemplary(), row.note());
                    }

                    @Override
                    public String auditKey(OrganizationRatingImport.Row row) {
                        return row.organizationCode();
                    }

                    @Override
                    public String auditChange(OrganizationRatingAggregate stored, OrganizationRatingImport.Row row) {
                        return (stored == null ? "" : levelCodes.getOrDefault(stored.levelId(), "?")
                                + (stored.exemplary() ? "+" : "") + " ") + "→ " + row.levelCode()
                                + (row.exemplary() ? "+" : "")
                                + (stored != null && !Objects.equals(stored.note(), row.note()) ? " (note)" : "");
                    }
                }, writes -> ratings.saveImported(checked.year(), writes), audit, "ORGANIZATION_RATING");
    }

    /** A workbook to fill in: the columns, a made-up example row (skipped on import), the levels and organizations. */
    @Transactional(readOnly = true)
    public byte[] template(int year) {
        guard.requireOrganizationBoard();
        List<RatingLevel> scale = ratings.scale(year);
        List<Unit> organizations = units.organizations(year);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < OrganizationRatingImportColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(OrganizationRatingImportColumns.ALL.get(c));
                sheet.setColumnWidth(c, 24 * 256);
            }
            Row example = sheet.createRow(1);
            example.createCell(0).setCellValue(TemplateExample.ORGANIZATION_CODE);
            example.createCell(1).setCellValue(TemplateExample.ORGANIZATION_NAME);
            example.createCell(2).setCellValue(year);
            example.createCell(3).setCellValue(scale.isEmpty() ? "" : scale.getFirst().code());
            example.createCell(4).setCellValue(scale.stream().anyMatch(RatingLevel::exemplaryAllowed) ? "x" : "");
            example.createCell(5).setCellValue(TemplateExample.NOTE);
            Sheet allowed = workbook.createSheet("Danh mục");
            TemplateColumns.write(allowed, 0, LEVEL + " (" + year + ")", scale.stream().map(RatingLevel::code).toList());
            TemplateColumns.write(allowed, 1, "Tên mức", scale.stream().map(RatingLevel::nameVi).toList());
            TemplateColumns.write(allowed, 2, EXEMPLARY + " (chỉ với mức " + allowingExemplary(scale) + ")",
                    scale.stream().anyMatch(RatingLevel::exemplaryAllowed)
                            ? OrganizationRatingImportColumns.EXEMPLARY_WORDS : List.of());
            TemplateColumns.write(allowed, 3, ORGANIZATION_CODE, organizations.stream().map(Unit::code).toList());
            TemplateColumns.write(allowed, 4, ORGANIZATION_NAME, organizations.stream().map(Unit::name).toList());
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
        return template(scope.year());
    }

    @Override
    @Transactional(readOnly = true)
    public CheckedImport check(ImportScope scope, String fileName, byte[] content) {
        return check(scope.year(), fileName, content);
    }

    @Override
    @Transactional
    public ImportResult apply(CheckedImport checked) {
        return apply((OrganizationRatingImport) checked);
    }

    @Override
    @Transactional(readOnly = true)
    public long loaded() {
        return common.count("organization_rating");
    }
}
