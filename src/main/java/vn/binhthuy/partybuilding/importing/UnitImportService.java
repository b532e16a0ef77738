package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.UnitLevel;
import vn.binhthuy.partybuilding.units.catalog.UnitCatalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static vn.binhthuy.partybuilding.importing.UnitImportColumns.FROM_YEAR;
import static vn.binhthuy.partybuilding.importing.UnitImportColumns.KIND;
import static vn.binhthuy.partybuilding.importing.UnitImportColumns.NAME;
import static vn.binhthuy.partybuilding.importing.UnitImportColumns.PARENT_CODE;
import static vn.binhthuy.partybuilding.importing.UnitImportColumns.SHORT_NAME;
import static vn.binhthuy.partybuilding.importing.UnitImportColumns.SORT_ORDER;
import static vn.binhthuy.partybuilding.importing.UnitImportColumns.TO_YEAR;

/**
 * The committee's hierarchy from a file: the root, grassroots organizations and cells with their years, each placed
 * under its parent's code. A parent may come later in the file than its children, or already be stored. Units are
 * matched by code: new ones created, stored ones corrected (their parent and level never change), units not in the
 * file kept. Written through the unit catalog, the one writer of units.
 */
@Service
public class UnitImportService implements ImportKind {

    static final String CODE = "UNITS";
    static final String SHEET = UnitImportColumns.SHEET;
    private static final Description DESCRIPTION = new Description(CODE, 10, Reach.COMMITTEE, false, true,
            SHEET);

    private static final List<String> REQUIRED = List.of(UnitImportColumns.CODE, NAME, SHORT_NAME, KIND, PARENT_CODE,
            FROM_YEAR);
    private static final int FIRST_YEAR = 1930;
    private static final int LAST_YEAR = 2100;
    /** Province → district → organization → cell: no chain of parents is longer. */
    private static final int MAX_DEPTH = UnitLevel.values().length;

    private final UnitImportQueries queries;
    private final ImportQueries counts;
    private final UnitCatalog catalog;
    private final AccessGuard guard;
    private final AuditLog audit;

    public UnitImportService(UnitImportQueries queries, ImportQueries counts, UnitCatalog catalog, AccessGuard guard,
                             AuditLog audit) {
        this.queries = queries;
        this.counts = counts;
        this.catalog = catalog;
        this.guard = guard;
        this.audit = audit;
    }

    /** A row read from the file; kind, years null where the cell was wrong (the problem is recorded). */
    private record Parsed(int number, String code, String name, String shortName, UnitImportQueries.Kind kind,
                          String parentCode, Integer from, Integer to, boolean openEnd, int sortOrder) {}

    /** Reads and checks a file; writes nothing. */
    @Override
    @Transactional(readOnly = true)
    public UnitImport check(ImportScope scope, String fileName, byte[] content) {
        guard.requireOrganizationBoard();
        ImportFileReader.Result file = ImportFileReader.read(fileName, content, SHEET);
        List<ImportProblem> blocking = ImportChecks.blocking(file, REQUIRED);
        if (!blocking.isEmpty()) {
            return new UnitImport(fileName, List.of(), blocking);
        }
        Map<String, Integer> columns = ImportChecks.columns(file.header());
        Map<String, UnitImportQueries.StoredUnit> stored = queries.units(ImportQueries.Lock.NONE);
        Map<String, UnitImportQueries.Kind> kinds = kindsByWord(queries.kinds());
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Parsed> inFile = new HashMap<>();
        List<Parsed> parsed = new ArrayList<>();
        Set<Integer> bad = new HashSet<>();
        for (RawRow raw : file.rows()) {
            int before = problems.size();
            Parsed row = parse(raw, columns, kinds, problems);
            if (!row.code().isEmpty()) {
                Parsed first = inFile.putIfAbsent(row.code(), row);
                if (first != null) {
                    problems.add(ImportProblem.at(row.number(), UnitImportColumns.CODE, "import.error.duplicate-unit",
                            row.code(), first.number()));
                }
            }
            if (problems.size() > before) {
                bad.add(row.number());
            }
            parsed.add(row);
        }
        Hierarchy hierarchy = new Hierarchy(inFile, stored);
        String storedRoot = stored.values().stream().filter(u -> u.parentCode() == null)
                .map(UnitImportQueries.StoredUnit::code).findFirst().orElse(null);
        Parsed fileRoot = null;
        List<UnitImport.Row> rows = new ArrayList<>();
        Map<UnitImport.Row, Integer> depths = new HashMap<>();
        for (Parsed row : parsed) {
            int before = problems.size();
            int n = row.number();
            if (bad.contains(n)) {
                continue;
            }
            UnitImportQueries.StoredUnit current = stored.get(row.code());
            if (current != null && !Objects.equals(current.parentCode(), row.parentCode())) {
                problems.add(ImportProblem.at(n, PARENT_CODE, "import.error.parent-fixed", row.code(),
                        current.parentCode() == null ? "" : current.parentCode()));
                continue;
            }
            if (row.parentCode() == null) {
                if (storedRoot != null && !storedRoot.equals(row.code())) {
                    problems.add(ImportProblem.at(n, PARENT_CODE, "import.error.second-root", storedRoot));
                } else if (fileRoot != null) {
                    problems.add(ImportProblem.at(n, PARENT_CODE, "import.error.second-root", fileRoot.code()));
                } else {
                    fileRoot = row;
                }
            }
            List<String> chain = hierarchy.chain(row.code(), n, problems);
            if (chain == null) {
                continue;
            }
            UnitLevel level = hierarchy.level(chain, n, problems);
            if (level == null) {
                continue;
            }
            if (row.kind().level() != level) {
                problems.add(ImportProblem.at(n, KIND, "import.error.kind-level", row.kind().nameVi(),
                        levelKinds(kinds, level)));
            }
            if (row.parentCode() != null) {
                int[] parentYears = hierarchy.years(row.parentCode());
                int to = row.to() == null ? LAST_YEAR : row.to();
                if (parentYears != null && (row.from() < parentYears[0] || to > parentYears[1])) {
                    problems.add(ImportProblem.at(n, FROM_YEAR, "import.error.outside-parent-years", row.parentCode(),
                            parentYears[0], parentYears[1] == LAST_YEAR ? "" : String.valueOf(parentYears[1])));
                }
            }
            int to = row.to() == null ? LAST_YEAR : row.to();
            stored.values().stream()
                    .filter(c -> row.code().equals(c.parentCode()) && !inFile.containsKey(c.code()))
                    .filter(c -> c.validFromYear() < row.from()
                            || (c.validToYear() == null ? LAST_YEAR : c.validToYear()) > to)
                    .findFirst().ifPresent(c -> problems.add(ImportProblem.at(n, FROM_YEAR,
                            "import.error.child-outside-years", c.code())));
            if (problems.size() == before) {
                UnitImport.Row checked = new UnitImport.Row(n, row.code(), row.parentCode(), row.kind().code(), level,
                        row.name(), row.shortName(), row.from(), row.to(), row.sortOrder(),
                        current == null ? null : current.version());
                rows.add(checked);
                depths.put(checked, chain.size());
            }
        }
        if (storedRoot == null && fileRoot == null && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile("import.error.no-root"));
        }
        rows.sort(Comparator.comparingInt(depths::get));
        return new UnitImport(fileName, problems.isEmpty() ? rows : List.of(), problems);
    }

    private Parsed parse(RawRow raw, Map<String, Integer> columns, Map<String, UnitImportQueries.Kind> kinds,
                         List<ImportProblem> problems) {
        int n = raw.number();
        String code = raw.cell(columns.get(UnitImportColumns.CODE)).toLowerCase(Locale.ROOT);
        String name = raw.cell(columns.get(NAME));
        String shortName = raw.cell(columns.get(SHORT_NAME));
        String kindText = raw.cell(columns.get(KIND));
        String parent = raw.cell(columns.get(PARENT_CODE)).toLowerCase(Locale.ROOT);
        String fromText = raw.cell(columns.get(FROM_YEAR));
        String toText = columns.containsKey(TO_YEAR) ? raw.cell(columns.get(TO_YEAR)) : "";
        String orderText = columns.containsKey(SORT_ORDER) ? raw.cell(columns.get(SORT_ORDER)) : "";
        if (code.isEmpty()) {
            problems.add(ImportProblem.at(n, UnitImportColumns.CODE, "import.error.required"));
        } else if (!code.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            problems.add(ImportProblem.at(n, UnitImportColumns.CODE, "import.error.unit-code", code));
        }
        required(name, 200, n, NAME, problems);
        required(shortName, 100, n, SHORT_NAME, problems);
        UnitImportQueries.Kind kind = null;
        if (kindText.isEmpty()) {
            problems.add(ImportProblem.at(n, KIND, "import.error.required"));
        } else {
            kind = kinds.get(kindText.toLowerCase(Locale.ROOT));
            if (kind == null) {
                problems.add(ImportProblem.at(n, KIND, "import.error.not-allowed", kindText,
                        String.join(", ", kinds.values().stream().map(UnitImportQueries.Kind::nameVi).distinct().toList())));
            }
        }
        Integer from = year(fromText, true, n, FROM_YEAR, problems);
        Integer to = year(toText, false, n, TO_YEAR, problems);
        if (from != null && to != null && to < from) {
            problems.add(ImportProblem.at(n, TO_YEAR, "import.error.years-order", to, from));
        }
        int sortOrder = 0;
        if (!orderText.isEmpty()) {
            Integer order = whole(orderText);
            if (order == null || order < 0 || order > 9999) {
                problems.add(ImportProblem.at(n, SORT_ORDER, "import.error.sort-order", orderText));
            } else {
                sortOrder = order;
            }
        }
        if (!parent.isEmpty() && parent.equals(code)) {
            problems.add(ImportProblem.at(n, PARENT_CODE, "import.error.parent-cycle", code));
        }
        return new Parsed(n, code, name, shortName, kind, parent.isEmpty() ? null : parent, from, to,
                toText.isEmpty(), sortOrder);
    }

    private static void required(String text, int max, int row, String column, List<ImportProblem> problems) {
        if (text.isEmpty()) {
            problems.add(ImportProblem.at(row, column, "import.error.required"));
        } else if (text.codePointCount(0, text.length()) > max) {
            problems.add(ImportProblem.at(row, column, "import.error.text-too-long", max));
        }
    }

    private static Integer year(String text, boolean required, int row, String column, List<ImportProblem> problems) {
        if (text.isEmpty()) {
            if (required) {
                problems.add(ImportProblem.at(row, column, "import.error.required"));
            }
            return null;
        }
        Integer year = whole(text);
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(ImportProblem.at(row, column, "import.error.not-a-year", text, FIRST_YEAR, LAST_YEAR));
            return null;
        }
        return year;
    }

    /** A whole number as a cell holds it ("2016", or "2016.0" from a numeric cell), else null. */
    static Integer whole(String text) {
        try {
            double value = Double.parseDouble(text.replace(",", "."));
            return value == Math.rint(value) && Math.abs(value) < 1_000_000 ? (int) value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, UnitImportQueries.Kind> kindsByWord(List<UnitImportQueries.Kind> kinds) {
        Map<String, UnitImportQueries.Kind> byWord = new java.util.LinkedHashMap<>();
        for (UnitImportQueries.Kind kind : kinds) {
            byWord.put(kind.nameVi().toLowerCase(Locale.ROOT), kind);
            byWord.put(kind.code().toLowerCase(Locale.ROOT), kind);
        }
        return byWord;
    }

    private static String levelKinds(Map<String, UnitImportQueries.Kind> kinds, UnitLevel level) {
        return String.join(", ", kinds.values().stream().filter(k -> k.level() == level)
                .map(UnitImportQueries.Kind::nameVi).distinct().toList());
    }

    /** The hierarchy the file would make: its own rows over the stored units. */
    private static final class Hierarchy {

        private final Map<String, Parsed> inFile;
        private final Map<String, UnitImportQueries.StoredUnit> stored;

        Hierarchy(Map<String, Parsed> inFile, Map<String, UnitImportQueries.StoredUnit> stored) {
            this.inFile = inFile;
            this.stored = stored;
        }

        /** A stored unit's parent never changes (a row saying otherwise is reported); a new one's is in its row. */
        private String parentOf(String code) {
            UnitImportQueries.StoredUnit unit = stored.get(code);
            if (unit != null) {
                return unit.parentCode();
            }
            Parsed row = inFile.get(code);
            return row == null ? null : row.parentCode();
        }

        private boolean known(String code) {
            return inFile.containsKey(code) || stored.containsKey(code);
        }

        /** The unit and its ancestors up to the root, or null with the problem recorded (unknown parent, cycle). */
        List<String> chain(String code, int row, List<ImportProblem> problems) {
            List<String> chain = new ArrayList<>(List.of(code));
            Set<String> seen = new HashSet<>(chain);
            for (String parent = parentOf(code); parent != null; parent = parentOf(parent)) {
                if (!known(parent)) {
                    problems.add(ImportProblem.at(row, PARENT_CODE, "import.error.unknown-parent", parent));
                    return null;
                }
                if (!seen.add(parent)) {
                    problems.add(ImportProblem.at(row, PARENT_CODE, "import.error.parent-cycle", code));
                    return null;
                }
                chain.add(parent);
                if (chain.size() > MAX_DEPTH) {
                    problems.add(ImportProblem.at(row, PARENT_CODE, "import.error.cell-under-cell", parentOf(code)));
                    return null;
                }
            }
            return chain;
        }

        /** The level of the chain's first unit: one below its parent's; the root's is its kind's. */
        UnitLevel level(List<String> chain, int row, List<ImportProblem> problems) {
            String root = chain.getLast();
            Parsed rootRow = inFile.get(root);
            UnitLevel rootLevel = rootRow != null ? (rootRow.kind() == null ? null : rootRow.kind().level())
                    : stored.get(root).level();
            if (rootLevel == null) {
                return null;
            }
            if (rootLevel != UnitLevel.PROVINCE && rootLevel != UnitLevel.DISTRICT) {
                if (chain.size() == 1) {
                    problems.add(ImportProblem.at(row, KIND, "import.error.root-kind"));
                }
                return null;
            }
            int ordinal = rootLevel.ordinal() + chain.size() - 1;
            if (ordinal >= UnitLevel.values().length) {
                problems.add(ImportProblem.at(row, PARENT_CODE, "import.error.cell-under-cell", chain.get(1)));
                return null;
            }
            return UnitLevel.values()[ordinal];
        }

        /** The parent's first and last year (open end as {@link #LAST_YEAR}), or null when its own row is wrong. */
        int[] years(String code) {
            Parsed row = inFile.get(code);
            if (row != null) {
                return row.from() == null || (row.to() == null && !row.openEnd()) ? null
                        : new int[]{row.from(), row.to() == null ? LAST_YEAR : row.to()};
            }
            UnitImportQueries.StoredUnit unit = stored.get(code);
            return new int[]{unit.validFromYear(), unit.validToYear() == null ? LAST_YEAR : unit.validToYear()};
        }
    }

    /**
     * Writes a clean file in one transaction, parents first: new units created, changed ones corrected, equal ones
     * left alone; refused, nothing written, when a unit it would change was changed after the check.
     */
    @Override
    @Transactional
    public ImportResult apply(CheckedImport checkedImport) {
        UnitImport checked = (UnitImport) checkedImport;
        guard.requireOrganizationBoard();
        ImportConfirmation.requireClean(checked);
        Map<String, UnitImportQueries.StoredUnit> stored = queries.units(ImportQueries.Lock.FOR_UPDATE);
        return ImportConfirmation.write(checked, checked.rows(),
                new ImportConfirmation.Rows<UnitImport.Row, UnitCatalog.ImportedUnit>() {
                    @Override
                    public UnitCatalog.ImportedUnit stored(UnitImport.Row row) {
                        UnitImportQueries.StoredUnit unit = stored.get(row.code());
                        return unit == null ? null : new UnitCatalog.ImportedUnit(unit.code(), unit.parentCode(),
                                unit.kindCode(), unit.level(), unit.name(), unit.shortName(), unit.validFromYear(),
                                unit.validToYear(), unit.sortOrder(), unit.version());
                    }

                    @Override
                    public Integer version(UnitCatalog.ImportedUnit unit) {
                        return unit.readVersion();
                    }

                    @Override
                    public boolean unchanged(UnitCatalog.ImportedUnit unit, UnitImport.Row row) {
                        return unit.kindCode().equals(row.kindCode()) && unit.name().equals(row.name())
                                && unit.shortName().equals(row.shortName()) && unit.validFromYear() == row.fromYear()
                                && Objects.equals(unit.validToYear(), row.toYear())
                                && unit.sortOrder() == row.sortOrder();
                    }

                    @Override
                    public UnitCatalog.ImportedUnit written(UnitCatalog.ImportedUnit unit, UnitImport.Row row) {
                        return new UnitCatalog.ImportedUnit(row.code(), row.parentCode(), row.kindCode(), row.level(),
                                row.name(), row.shortName(), row.fromYear(), row.toYear(), row.sortOrder(),
                                unit == null ? null : unit.readVersion());
                    }

                    @Override
                    public String auditKey(UnitImport.Row row) {
                        return row.code();
                    }

                    @Override
                    public String auditChange(UnitCatalog.ImportedUnit unit, UnitImport.Row row) {
                        return (unit == null ? "" : unit.name() + " " + unit.validFromYear() + "–"
                                + Objects.toString(unit.validToYear(), "") + " ") + "→ " + row.name() + " "
                                + row.fromYear() + "–" + Objects.toString(row.toYear(), "");
                    }
                }, catalog::saveImported, audit, "UNIT");
    }

    /** A workbook to fill in: the columns, made-up example rows (skipped on import), and the allowed kinds. */
    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] template(ImportScope scope) {
        guard.requireOrganizationBoard();
        List<UnitImportQueries.Kind> kinds = queries.kinds();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < UnitImportColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(UnitImportColumns.ALL.get(c));
                sheet.setColumnWidth(c, 22 * 256);
            }
            example(sheet.createRow(1), RowCollector.EXAMPLE_MARK + " q-mau", "Đảng bộ quận Mẫu", "Quận Mẫu",
                    "Đảng bộ quận", "", 2015, null, 1);
            example(sheet.createRow(2), RowCollector.EXAMPLE_MARK + " p-mau", "Đảng bộ phường Mẫu", "Phường Mẫu",
                    "Đảng bộ phường", "q-mau", 2015, null, 1);
            example(sheet.createRow(3), RowCollector.EXAMPLE_MARK + " p-mau-kv1", "Chi bộ khu vực 1, phường Mẫu",
                    "Khu vực 1", "Chi bộ khu vực", "p-mau", 2015, 2024, 1);
            Sheet allowed = workbook.createSheet("Danh mục");
            Row head = allowed.createRow(0);
            head.createCell(0).setCellValue(KIND);
            head.createCell(1).setCellValue("Mã loại hình");
            head.createCell(2).setCellValue("Cấp");
            for (int i = 0; i < kinds.size(); i++) {
                Row row = allowed.createRow(i + 1);
                row.createCell(0).setCellValue(kinds.get(i).nameVi());
                row.createCell(1).setCellValue(kinds.get(i).code());
                row.createCell(2).setCellValue(levelWord(kinds.get(i).level()));
            }
            allowed.setColumnWidth(0, 28 * 256);
            allowed.setColumnWidth(1, 20 * 256);
            allowed.setColumnWidth(2, 36 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String levelWord(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> "Gốc (tỉnh, thành phố)";
            case DISTRICT -> "Gốc hoặc dưới tỉnh (quận, huyện)";
            case GRASSROOTS -> "Tổ chức cơ sở đảng";
            case CELL -> "Chi bộ";
        };
    }

    private static void example(Row row, String code, String name, String shortName, String kind, String parent,
                                int from, Integer to, int order) {
        row.createCell(0).setCellValue(code);
        row.createCell(1).setCellValue(name);
        row.createCell(2).setCellValue(shortName);
        row.createCell(3).setCellValue(kind);
        row.createCell(4).setCellValue(parent);
        row.createCell(5).setCellValue(from);
        if (to != null) {
            row.createCell(6).setCellValue(to);
        }
        row.createCell(7).setCellValue(order);
    }

    @Override
    @Transactional(readOnly = true)
    public long loaded() {
        return counts.count("unit");
    }
}
