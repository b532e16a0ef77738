package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.remediation.PlanStatus;
import vn.binhthuy.partybuilding.remediation.PlanUpdates;
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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static vn.binhthuy.partybuilding.importing.PlanProgressImportColumns.NOTE;
import static vn.binhthuy.partybuilding.importing.PlanProgressImportColumns.ORGANIZATION_CODE;
import static vn.binhthuy.partybuilding.importing.PlanProgressImportColumns.PERCENT;
import static vn.binhthuy.partybuilding.importing.PlanProgressImportColumns.PLAN_KEY;
import static vn.binhthuy.partybuilding.importing.PlanProgressImportColumns.REPORTED_ON;
import static vn.binhthuy.partybuilding.importing.PlanProgressImportColumns.YEAR;

/**
 * The progress reports of a year's remediation plans from a file (a kind of its own, since a kind reads one sheet):
 * a report equal to a stored one is left alone, any other is added to its plan as if made in the plan dialog (100%
 * completes the plan); stored reports are never changed or removed by a file. Import the plans first.
 */
@Service
public class PlanProgressImportService implements ImportKind {

    static final String CODE = "PLAN_PROGRESS";
    /** The template's sheet, and the sheet of the Board's whole-dataset workbook this kind reads. */
    public static final String SHEET = "Tiến độ khắc phục";
    private static final Description DESCRIPTION = new Description(CODE, 65, Reach.ORGANIZATION, true, true,
            SHEET);

    private static final int MAX_NOTE = 1000;
    private static final List<String> REQUIRED = List.of(PLAN_KEY, YEAR, REPORTED_ON, PERCENT, NOTE);

    private final PlanImportQueries queries;
    private final ImportQueries common;
    private final PlanUpdates plans;
    private final UnitService units;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Clock clock;

    public PlanProgressImportService(PlanImportQueries queries, ImportQueries common, PlanUpdates plans,
                                     UnitService units, AccessGuard guard, AuditLog audit, Clock clock) {
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
    public PlanProgressImport check(Long organizationId, int year, String fileName, byte[] content) {
        requireAccess(organizationId);
        ImportFileReader.Result file = ImportFileReader.read(fileName, content, SHEET);
        List<ImportProblem> blocking = ImportChecks.blocking(file, REQUIRED);
        if (!blocking.isEmpty()) {
            return new PlanProgressImport(organizationId, year, fileName, List.of(), blocking);
        }
        Map<String, Integer> columns = ImportChecks.columns(file.header());
        List<PlanUpdates.ImportedPlan> stored = queries.stored(organizationId, year, ImportQueries.Lock.NONE);
        Map<Long, PlanUpdates.ImportedPlan> byId = stored.stream()
                .collect(Collectors.toMap(PlanUpdates.ImportedPlan::id, Function.identity()));
        Map<String, PlanUpdates.ImportedPlan> byKey = stored.stream().filter(p -> p.importKey() != null)
                .collect(Collectors.toMap(p -> p.organizationId() + "|" + p.importKey().toLowerCase(Locale.ROOT),
                        Function.identity()));
        Map<String, Unit> organizations = units.organizations(year).stream()
                .collect(Collectors.toMap(u -> u.code().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        Set<PlanImportQueries.Report> reports = new HashSet<>(queries.reports(organizationId, year));
        LocalDate today = LocalDate.now(clock);
        List<ImportProblem> problems = new ArrayList<>();
        Map<PlanImportQueries.Report, Integer> seen = new HashMap<>();
        List<PlanProgressImport.Row> rows = new ArrayList<>();
        for (RawRow raw : file.rows()) {
            int n = raw.number();
            int before = problems.size();
            String key = raw.cell(columns.get(PLAN_KEY)).trim();
            String organizationCode = columns.containsKey(ORGANIZATION_CODE)
                    ? raw.cell(columns.get(ORGANIZATION_CODE)).trim() : "";
            String note = raw.cell(columns.get(NOTE)).trim();
            ImportChecks.checkYear(raw.cell(columns.get(YEAR)), year, n, YEAR, problems);
            PlanUpdates.ImportedPlan plan = plan(key, organizationCode, byId, byKey, organizations, year, n, problems);
            LocalDate on = ImportChecks.day(raw.cell(columns.get(REPORTED_ON)), n, REPORTED_ON, problems);
            if (on == null && raw.cell(columns.get(REPORTED_ON)).isBlank()) {
                problems.add(ImportProblem.at(n, REPORTED_ON, "import.error.required"));
            }
            Integer percent = percent(raw.cell(columns.get(PERCENT)), n, problems);
            if (note.isBlank()) {
                problems.add(ImportProblem.at(n, NOTE, "import.error.required"));
            } else if (note.codePointCount(0, note.length()) > MAX_NOTE) {
                problems.add(ImportProblem.at(n, NOTE, "import.error.too-long-text", MAX_NOTE));
            }
            if (problems.size() != before) {
                continue;
            }
            PlanImportQueries.Report report = new PlanImportQueries.Report(plan.id(), on, percent, note);
            Integer first = seen.putIfAbsent(report, n);
            if (first != null) {
                problems.add(ImportProblem.at(n, REPORTED_ON, "import.error.duplicate-report", key, first));
                continue;
            }
            if (!reports.contains(report)) {
                // a new report: the plan dialog's rules
                if (!plan.status().acceptsProgress()
                        && !PlanStatus.precedesOutcome(on, plan.completedOn(), plan.verifiedOn())) {
                    problems.add(ImportProblem.at(n, PLAN_KEY, "plan.error.already-verified"));
                    continue;
                }
                if (on.isBefore(plan.createdOn()) || on.isAfter(today)) {
                    problems.add(ImportProblem.at(n, REPORTED_ON, "plan.error.date-range"));
                    continue;
                }
            }
            rows.add(new PlanProgressImport.Row(n, key, plan.id(), plan.version(), on, percent, note));
        }
        return new PlanProgressImport(organizationId, year, fileName, rows, problems);
    }

    private static PlanUpdates.ImportedPlan plan(String key, String organizationCode,
                                                 Map<Long, PlanUpdates.ImportedPlan> byId,
                                                 Map<String, PlanUpdates.ImportedPlan> byKey,
                                                 Map<String, Unit> organizations, int year, int n,
                                                 List<ImportProblem> problems) {
        if (key.isBlank()) {
            problems.add(ImportProblem.at(n, PLAN_KEY, "import.error.required"));
            return null;
        }
        PlanUpdates.ImportedPlan plan;
        if (key.matches("\\d{1,18}")) {
            // the number of a plan made here, or the key of a plan brought from another server (its number there)
            Unit organization = organizations.get(organizationCode.toLowerCase(Locale.ROOT));
            PlanUpdates.ImportedPlan carried = organization == null ? null : byKey.get(organization.id() + "|" + key);
            PlanUpdates.ImportedPlan numbered = byId.get(Long.parseLong(key));
            plan = carried != null ? carried : numbered != null && numbered.importKey() == null ? numbered : null;
        } else {
            Unit organization = organizations.get(organizationCode.toLowerCase(Locale.ROOT));
            if (organization == null) {
                problems.add(ImportProblem.at(n, ORGANIZATION_CODE, organizationCode.isBlank()
                        ? "import.error.required" : "import.error.unknown-organization", organizationCode, year));
                return null;
            }
            plan = byKey.get(organization.id() + "|" + key.toLowerCase(Locale.ROOT));
        }
        if (plan == null) {
            problems.add(ImportProblem.at(n, PLAN_KEY, "import.error.unknown-plan", key, year));
        }
        return plan;
    }

    /** A whole percentage 0–100, written "60" or "60%". */
    private static Integer percent(String text, int n, List<ImportProblem> problems) {
        String value = text.trim().replace("%", "").trim();
        if (value.isBlank()) {
            problems.add(ImportProblem.at(n, PERCENT, "import.error.required"));
            return null;
        }
        try {
            double number = Double.parseDouble(value.replace(",", "."));
            if (number == Math.rint(number) && number >= 0 && number <= 100) {
                return (int) number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(ImportProblem.at(n, PERCENT, "import.error.percent", text));
        return null;
    }

    /**
     * Adds a clean file's new reports in one transaction; refused, with nothing written, when a plan it adds to was
     * changed after the check.
     */
    @Transactional
    public ImportResult apply(PlanProgressImport checked) {
        requireAccess(checked.organizationId());
        ImportConfirmation.requireClean(checked);
        if (checked.organizationId() == null) {
            units.district().ifPresent(district -> common.lockOrganization(district.id()));
        } else {
            common.lockOrganization(checked.organizationId());
        }
        Map<Long, Integer> versions = queries.stored(checked.organizationId(), checked.year(),
                ImportQueries.Lock.FOR_UPDATE).stream()
                .collect(Collectors.toMap(PlanUpdates.ImportedPlan::id, PlanUpdates.ImportedPlan::version));
        Set<PlanImportQueries.Report> reports = new HashSet<>(queries.reports(checked.organizationId(), checked.year()));
        return ImportConfirmation.write(checked, checked.rows(),
                new ImportConfirmation.Rows<PlanProgressImport.Row, StoredReport>() {
                    @Override
                    public StoredReport stored(PlanProgressImport.Row row) {
                        // nothing stored for a report to add to a plan as checked; the plan's newer version, if changed
                        Integer version = versions.get(row.planId());
                        boolean exists = reports.contains(row.report());
                        return !exists && Objects.equals(version, row.planVersion()) ? null
                                : new StoredReport(version, exists);
                    }

                    @Override
                    public Integer version(StoredReport stored) {
                        return stored.planVersion();
                    }

                    @Override
                    public boolean unchanged(StoredReport stored, PlanProgressImport.Row row) {
                        return stored.exists();
                    }

                    @Override
                    public StoredReport written(StoredReport stored, PlanProgressImport.Row row) {
                        return new StoredReport(row.planVersion(), false, row);
                    }

                    @Override
                    public String auditKey(PlanProgressImport.Row row) {
                        return row.key() + " " + row.reportedOn();
                    }

                    @Override
                    public String auditChange(StoredReport stored, PlanProgressImport.Row row) {
                        return "+ " + row.percentComplete() + "%";
                    }
                }, writes -> plans.saveImportedProgress(checked.organizationId(), writes.stream()
                        .map(w -> new PlanUpdates.ImportedProgress(w.row().planId(), w.row().planVersion(),
                                w.row().reportedOn(), w.row().percentComplete(), w.row().note())).toList()),
                audit, "REMEDIATION_PROGRESS");
    }

    /**
     * What a confirm compares a row with: the plan's version now, whether the report is stored already; and when
     * written, the row to add.
     */
    private record StoredReport(Integer planVersion, boolean exists, PlanProgressImport.Row row) {

        StoredReport(Integer planVersion, boolean exists) {
            this(planVersion, exists, null);
        }
    }

    /** A workbook to fill in: the columns and a made-up example row (skipped on import). */
    @Transactional(readOnly = true)
    public byte[] template(Long organizationId, int year) {
        requireAccess(organizationId);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < PlanProgressImportColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(PlanProgressImportColumns.ALL.get(c));
                sheet.setColumnWidth(c, 22 * 256);
            }
            List<String> example = List.of(RowCollector.EXAMPLE_MARK + " KH-01", String.valueOf(year),
                    "(mã tổ chức, khi mã kế hoạch do bạn tự đặt)", "30/06/" + year, "50",
                    TemplateExample.NOTE);
            Row row = sheet.createRow(1);
            for (int c = 0; c < example.size(); c++) {
                row.createCell(c).setCellValue(example.get(c));
            }
            Sheet allowed = workbook.createSheet("Danh mục");
            TemplateColumns.write(allowed, 0, PLAN_KEY, queries.stored(organizationId, year, ImportQueries.Lock.NONE)
                    .stream().map(p -> p.importKey() != null ? p.importKey() : String.valueOf(p.id())).toList());
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
        return apply((PlanProgressImport) checked);
    }

    @Override
    @Transactional(readOnly = true)
    public long loaded() {
        return common.count("remediation_progress");
    }
}
