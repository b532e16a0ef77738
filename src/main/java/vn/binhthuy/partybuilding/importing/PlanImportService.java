package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;
import vn.binhthuy.partybuilding.remediation.PlanStatus;
import vn.binhthuy.partybuilding.remediation.PlanUpdates;
import vn.binhthuy.partybuilding.remediation.VerificationResult;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static vn.binhthuy.partybuilding.importing.PlanImportColumns.COMPLETED_ON;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.CREATED_ON;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.DEADLINE;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.INDICATORS;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.MEMBER_CODE;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.ORGANIZATION_CODE;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.PLAN_KEY;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.RESPONSIBLE;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.SHORTCOMINGS;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.SOURCE;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.STATUS;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.TITLE;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.UNIT_CODE;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.VERIFICATION;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.VERIFICATION_NOTE;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.VERIFIED_ON;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.YEAR;

/**
 * A year's remediation plans from an XLSX or CSV file, one row per plan: of one organization (its secretary or the
 * Board) or of the whole committee (the Board only). A plan is named by a key: a stored plan's number (as the export
 * writes it), or a key of the clerk's own for a new plan, kept with the plan so the same file again finds it; a
 * number that is no plan of this server is a plan brought from another one, and that number becomes its key. The
 * status rules are {@link PlanStatus#problemWith}'s; progress reports of stored plans are kept as they are. Plans
 * not in the file are left alone.
 */
@Service
public class PlanImportService implements ImportKind {

    static final String CODE = "PLANS";
    /** The template's sheet, and the sheet of the Board's whole-dataset workbook this kind reads. */
    public static final String SHEET = "Kế hoạch khắc phục";
    private static final Description DESCRIPTION = new Description(CODE, 60, Reach.ORGANIZATION, true, true,
            SHEET);

    static final int MAX_KEY = 40;
    private static final int MAX_TITLE = 300;
    private static final int MAX_SHORTCOMINGS = 10_000;
    private static final int MAX_RESPONSIBLE = 160;
    private static final int MAX_VERIFICATION_NOTE = 1000;
    private static final List<String> REQUIRED = List.of(PLAN_KEY, YEAR, ORGANIZATION_CODE, UNIT_CODE, SOURCE, TITLE,
            SHORTCOMINGS, RESPONSIBLE, CREATED_ON, DEADLINE, STATUS);

    private final PlanImportQueries queries;
    private final ImportQueries common;
    private final PlanUpdates plans;
    private final UnitService units;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Clock clock;

    public PlanImportService(PlanImportQueries queries, ImportQueries common, PlanUpdates plans, UnitService units,
                             AccessGuard guard, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.common = common;
        this.plans = plans;
        this.units = units;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    private void requireAccess(Long organizationId) {
        if (organizationId == null) {
            guard.requireOrganizationBoard();
        } else {
            guard.requireEditorOf(organizationId);
        }
    }

    /** Reads and checks a file of the organization (null: the whole committee) and year; writes nothing. */
    @Transactional(readOnly = true)
    public PlanImport check(Long organizationId, int year, String fileName, byte[] content) {
        requireAccess(organizationId);
        ImportFileReader.Result file = ImportFileReader.read(fileName, content, SHEET);
        List<ImportProblem> blocking = ImportChecks.blocking(file, REQUIRED);
        if (!blocking.isEmpty()) {
            return new PlanImport(organizationId, year, fileName, List.of(), blocking);
        }
        Stored stored = new Stored(queries.stored(organizationId, year, ImportQueries.Lock.NONE));
        RowChecker checker = new RowChecker(organizationId, year, ImportChecks.columns(file.header()), stored);
        List<PlanImport.Row> rows = new ArrayList<>();
        for (RawRow raw : file.rows()) {
            checker.check(raw).ifPresent(rows::add);
        }
        return new PlanImport(organizationId, year, fileName, rows, checker.problems);
    }

    /** The stored plans by number and by "organization id|key". */
    private record Stored(Map<Long, PlanUpdates.ImportedPlan> byId, Map<String, PlanUpdates.ImportedPlan> byKey) {

        Stored(List<PlanUpdates.ImportedPlan> plans) {
            this(plans.stream().collect(Collectors.toMap(PlanUpdates.ImportedPlan::id, Function.identity())),
                    plans.stream().filter(p -> p.importKey() != null)
                            .collect(Collectors.toMap(p -> keyOf(p.organizationId(), p.importKey()), Function.identity())));
        }

        PlanUpdates.ImportedPlan of(PlanUpdates.ImportedPlan row) {
            return row.id() != null ? byId.get(row.id()) : byKey.get(keyOf(row.organizationId(), row.importKey()));
        }
    }

    private static String keyOf(long organizationId, String key) {
        return organizationId + "|" + key.toLowerCase(Locale.ROOT);
    }

    /** Checks the rows of one file, one after the other, remembering the keys seen. */
    private final class RowChecker {

        final List<ImportProblem> problems = new ArrayList<>();
        private final Long scope;
        private final int year;
        private final Map<String, Integer> columns;
        private final Stored stored;
        private final Map<String, Unit> organizations;
        private final Map<String, Unit> allOrganizations;
        private final Map<Long, Map<String, Unit>> unitsOf = new HashMap<>();
        private final Map<Long, Map<String, ImportQueries.RosterEntry>> rosters = new HashMap<>();
        private final Map<String, Long> indicators;
        private final Map<String, Integer> seen = new HashMap<>();
        private final LocalDate today = LocalDate.now(clock);

        RowChecker(Long scope, int year, Map<String, Integer> columns, Stored stored) {
            this.scope = scope;
            this.year = year;
            this.columns = columns;
            this.stored = stored;
            this.allOrganizations = units.organizations(year).stream()
                    .collect(Collectors.toMap(u -> u.code().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
            this.organizations = allOrganizations.entrySet().stream()
                    .filter(e -> scope == null || e.getValue().id() == scope)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            this.indicators = common.indicators();
        }

        private String cell(RawRow raw, String column) {
            return columns.containsKey(column) ? raw.cell(columns.get(column)).trim() : "";
        }

        private void problem(int row, String column, String key, Object... arguments) {
            problems.add(ImportProblem.at(row, column, key, arguments));
        }

        Optional<PlanImport.Row> check(RawRow raw) {
            int n = raw.number();
            int before = problems.size();
            String key = cell(raw, PLAN_KEY);
            ImportChecks.checkYear(cell(raw, YEAR), year, n, YEAR, problems);
            Unit organization = organization(cell(raw, ORGANIZATION_CODE), n);
            Unit unit = organization == null ? null : unit(organization, cell(raw, UNIT_CODE), n);
            Long memberId = unit == null ? null : member(organization, unit, cell(raw, MEMBER_CODE), n);
            ShortcomingSource source = word(PlanImportColumns.source(cell(raw, SOURCE)), cell(raw, SOURCE),
                    PlanImportColumns.SOURCES.keySet(), n, SOURCE, true);
            String title = text(raw, TITLE, MAX_TITLE, true, n);
            String shortcomings = text(raw, SHORTCOMINGS, MAX_SHORTCOMINGS, true, n);
            String responsible = text(raw, RESPONSIBLE, MAX_RESPONSIBLE, true, n);
            String note = text(raw, VERIFICATION_NOTE, MAX_VERIFICATION_NOTE, false, n);
            Set<Long> indicatorIds = indicators(cell(raw, INDICATORS), n);
            LocalDate createdOn = date(raw, CREATED_ON, true, n);
            LocalDate deadline = date(raw, DEADLINE, true, n);
            if (createdOn != null && deadline != null && deadline.isBefore(createdOn)) {
                problem(n, DEADLINE, "import.error.deadline-before-created", cell(raw, DEADLINE));
            } else if (createdOn != null && deadline != null && !PlanUpdates.deadlineFits(createdOn, deadline)) {
                problem(n, DEADLINE, "import.error.deadline-too-late", cell(raw, DEADLINE));
            }
            PlanStatus status = word(PlanImportColumns.status(cell(raw, STATUS)), cell(raw, STATUS),
                    PlanImportColumns.STATUSES.keySet(), n, STATUS, true);
            LocalDate completedOn = date(raw, COMPLETED_ON, false, n);
            VerificationResult result = word(PlanImportColumns.result(cell(raw, VERIFICATION)),
                    cell(raw, VERIFICATION), PlanImportColumns.RESULTS.keySet(), n, VERIFICATION, false);
            LocalDate verifiedOn = date(raw, VERIFIED_ON, false, n);
            if (status != null && problems.size() == before) {
                status.problemWith(completedOn, result, verifiedOn).ifPresent(p ->
                        problem(n, p.aboutCompletion() ? COMPLETED_ON : VERIFICATION, p.messageKey()));
            }
            PlanUpdates.ImportedPlan identity = key(key, organization, n);
            if (problems.size() != before || identity == null) {
                return Optional.empty();
            }
            PlanUpdates.ImportedPlan current = stored.of(identity);
            if (current != null && (current.organizationId() != organization.id() || current.unitId() != unit.id()
                    || !Objects.equals(current.memberId(), memberId) || current.year() != year)) {
                problem(n, PLAN_KEY, "import.error.plan-moved", key);
                return Optional.empty();
            }
            return Optional.of(new PlanImport.Row(n, key, new PlanUpdates.ImportedPlan(
                    current == null ? null : current.id(), current == null ? null : current.version(),
                    identity.importKey(), year, unit.id(), organization.id(), memberId, source, title, shortcomings,
                    responsible, createdOn, deadline, status, completedOn, result, verifiedOn, note, indicatorIds)));
        }

        /**
         * The plan a key names: a stored plan's number, a plan's number on the server it was brought from, or the
         * clerk's own key; null with a problem when it is the number of this server's plan of another year or scope.
         */
        private PlanUpdates.ImportedPlan key(String key, Unit organization, int n) {
            if (key.isBlank()) {
                problem(n, PLAN_KEY, "import.error.required");
                return null;
            }
            PlanUpdates.ImportedPlan identity;
            if (key.matches("\\d{1,18}")) {
                long id = Long.parseLong(key);
                PlanUpdates.ImportedPlan numbered = stored.byId().get(id);
                boolean carried = organization != null && stored.byKey().containsKey(keyOf(organization.id(), key));
                if (!carried && numbered != null && numbered.importKey() == null) {
                    identity = identity(id, null, organization);
                } else if (!carried && numbered == null && queries.isNumberedPlan(id)) {
                    problem(n, PLAN_KEY, "import.error.unknown-plan", key, year);
                    return null;
                } else {
                    // a plan brought from another server (a new one's workbook): the number it had there stays its
                    // key here, so the same workbook again finds it, and the export writes that number again
                    identity = identity(null, key, organization);
                }
            } else if (key.length() > MAX_KEY || key.matches("[\\d\\s.,]+")) {
                problem(n, PLAN_KEY, "import.error.plan-key", MAX_KEY);
                return null;
            } else {
                identity = identity(null, key, organization);
            }
            if (organization == null) {
                return null;
            }
            String seenKey = identity.id() != null ? "#" + identity.id() : keyOf(organization.id(), key);
            Integer first = seen.putIfAbsent(seenKey, n);
            if (first != null) {
                problem(n, PLAN_KEY, "import.error.duplicate-plan", key, first);
                return null;
            }
            return identity;
        }

        private PlanUpdates.ImportedPlan identity(Long id, String importKey, Unit organization) {
            return new PlanUpdates.ImportedPlan(id, null, importKey, year, 0, organization == null ? 0 : organization.id(),
                    null, null, null, null, null, null, null, null, null, null, null, null, Set.of());
        }

        private Unit organization(String code, int n) {
            if (code.isBlank()) {
                problem(n, ORGANIZATION_CODE, "import.error.required");
                return null;
            }
            String lower = code.toLowerCase(Locale.ROOT);
            Unit organization = organizations.get(lower);
            if (organization == null) {
                if (allOrganizations.containsKey(lower)) {
                    problem(n, ORGANIZATION_CODE, "import.error.other-organization", code);
                } else {
                    problem(n, ORGANIZATION_CODE, "import.error.unknown-organization", code, year);
                }
            }
            return organization;
        }

        /** The organization itself or one of its cells. */
        private Unit unit(Unit organization, String code, int n) {
            if (code.isBlank()) {
                problem(n, UNIT_CODE, "import.error.required");
                return null;
            }
            Map<String, Unit> own = unitsOf.computeIfAbsent(organization.id(), id -> Stream.concat(
                    Stream.of(organization), units.cells(id).stream())
                    .collect(Collectors.toMap(u -> u.code().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a)));
            Unit unit = own.get(code.toLowerCase(Locale.ROOT));
            if (unit == null) {
                problem(n, UNIT_CODE, "import.error.unknown-unit-in-organization", code, organization.code());
            }
            return unit;
        }

        /** The member of the plan (blank: the unit as a collective), who must belong to the plan's unit. */
        private Long member(Unit organization, Unit unit, String code, int n) {
            if (code.isBlank()) {
                return null;
            }
            ImportQueries.RosterEntry member = rosters.computeIfAbsent(organization.id(), id -> common.roster(id, year))
                    .get(code.toUpperCase(Locale.ROOT));
            if (member == null) {
                problem(n, MEMBER_CODE, "import.error.unknown-member", code);
                return null;
            }
            if (member.unitId() != unit.id()) {
                problem(n, UNIT_CODE, "import.error.cell-mismatch", unit.code(), member.unitCode());
            }
            return member.memberId();
        }

        private <E> E word(Optional<E> value, String text, Set<String> allowed, int n, String column, boolean required) {
            if (text.isBlank()) {
                if (required) {
                    problem(n, column, "import.error.required");
                }
                return null;
            }
            return value.orElseGet(() -> {
                problem(n, column, "import.error.not-allowed", text, String.join(", ", allowed));
                return null;
            });
        }

        private String text(RawRow raw, String column, int max, boolean required, int n) {
            String text = cell(raw, column);
            if (text.isBlank()) {
                if (required) {
                    problem(n, column, "import.error.required");
                }
                return null;
            }
            if (text.codePointCount(0, text.length()) > max) {
                problem(n, column, "import.error.too-long-text", max);
            }
            return text;
        }

        private Set<Long> indicators(String text, int n) {
            Set<Long> ids = new HashSet<>();
            for (String code : text.split("[,;\\s]+")) {
                if (code.isBlank()) {
                    continue;
                }
                Long id = indicators.get(code.toUpperCase(Locale.ROOT));
                if (id == null) {
                    problem(n, INDICATORS, "import.error.unknown-indicator", code);
                } else {
                    ids.add(id);
                }
            }
            return Set.copyOf(ids);
        }

        private LocalDate date(RawRow raw, String column, boolean required, int n) {
            String text = cell(raw, column);
            if (text.isBlank()) {
                if (required) {
                    problem(n, column, "import.error.required");
                }
                return null;
            }
            LocalDate date = ImportChecks.day(text, n, column, problems);
            if (date != null && date.isAfter(today) && !column.equals(DEADLINE)) {
                problem(n, column, "import.error.after-today", text);
                return null;
            }
            return date;
        }
    }

    /**
     * Writes a clean import in one transaction: new plans created, changed ones updated, equal ones left alone;
     * refused, with nothing written, when a plan it would create or change was changed after the check.
     */
    @Transactional
    public ImportResult apply(PlanImport checked) {
        requireAccess(checked.organizationId());
        ImportConfirmation.requireClean(checked);
        if (checked.organizationId() == null) {
            units.district().ifPresent(district -> common.lockOrganization(district.id()));
        } else {
            common.lockOrganization(checked.organizationId());
        }
        Stored stored = new Stored(queries.stored(checked.organizationId(), checked.year(),
                ImportQueries.Lock.FOR_UPDATE));
        return ImportConfirmation.write(checked, checked.rows(),
                new ImportConfirmation.Rows<PlanImport.Row, PlanUpdates.ImportedPlan>() {
                    @Override
                    public PlanUpdates.ImportedPlan stored(PlanImport.Row row) {
                        return stored.of(row.plan());
                    }

                    @Override
                    public Integer version(PlanUpdates.ImportedPlan plan) {
                        return plan.version();
                    }

                    @Override
                    public boolean unchanged(PlanUpdates.ImportedPlan plan, PlanImport.Row row) {
                        return content(plan).equals(content(row.plan()));
                    }

                    @Override
                    public PlanUpdates.ImportedPlan written(PlanUpdates.ImportedPlan plan, PlanImport.Row row) {
                        return row.plan();
                    }

                    @Override
                    public String auditKey(PlanImport.Row row) {
                        return row.key();
                    }

                    @Override
                    public String auditChange(PlanUpdates.ImportedPlan plan, PlanImport.Row row) {
                        return (plan == null ? "" : plan.status() + " ") + "→ " + row.plan().status();
                    }
                }, writes -> plans.saveImported(checked.organizationId(), writes), audit, "REMEDIATION_PLAN");
    }

    /** What a plan states, without its number, version and key: two plans saying the same are equal. */
    private static PlanUpdates.ImportedPlan content(PlanUpdates.ImportedPlan plan) {
        return new PlanUpdates.ImportedPlan(null, null, null, plan.year(), plan.unitId(), plan.organizationId(),
                plan.memberId(), plan.source(), plan.title(), plan.shortcomings(), plan.responsiblePerson(),
                plan.createdOn(), plan.deadline(), plan.status(), plan.completedOn(), plan.verificationResult(),
                plan.verifiedOn(), plan.verificationNote(), plan.indicatorIds());
    }

    /** A workbook to fill in: the columns, a made-up example row (skipped on import), and the allowed words and codes. */
    @Transactional(readOnly = true)
    public byte[] template(Long organizationId, int year) {
        requireAccess(organizationId);
        List<Unit> organizations = units.organizations(year).stream()
                .filter(u -> organizationId == null || u.id() == organizationId).toList();
        List<String> unitCodes = organizationId == null ? organizations.stream().map(Unit::code).toList()
                : Stream.concat(organizations.stream(), units.cells(organizationId).stream()).map(Unit::code).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < PlanImportColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(PlanImportColumns.ALL.get(c));
                sheet.setColumnWidth(c, 20 * 256);
            }
            List<String> example = List.of(RowCollector.EXAMPLE_MARK + " KH-01", String.valueOf(year),
                    organizations.isEmpty() ? "" : organizations.getFirst().code(), TemplateExample.CELL_CODE, "",
                    "Tự kiểm điểm", "Khắc phục việc sinh hoạt chi bộ chưa đều", "Nội dung hạn chế (ví dụ)",
                    "Bí thư chi bộ", "B5, B7", "15/03/" + year, "30/09/" + year, "Đã hoàn thành", "20/09/" + year,
                    "", "", TemplateExample.NOTE);
            Row row = sheet.createRow(1);
            for (int c = 0; c < example.size(); c++) {
                row.createCell(c).setCellValue(example.get(c));
            }
            Sheet allowed = workbook.createSheet("Danh mục");
            TemplateColumns.write(allowed, 0, SOURCE, List.copyOf(PlanImportColumns.SOURCES.keySet()));
            TemplateColumns.write(allowed, 1, STATUS, List.copyOf(PlanImportColumns.STATUSES.keySet()));
            TemplateColumns.write(allowed, 2, VERIFICATION, List.copyOf(PlanImportColumns.RESULTS.keySet()));
            TemplateColumns.write(allowed, 3, INDICATORS, common.indicators().keySet().stream().sorted().toList());
            TemplateColumns.write(allowed, 4, organizationId == null ? ORGANIZATION_CODE : UNIT_CODE, unitCodes);
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
        return apply((PlanImport) checked);
    }

    @Override
    @Transactional(readOnly = true)
    public long loaded() {
        return common.count("remediation_plan");
    }
}
