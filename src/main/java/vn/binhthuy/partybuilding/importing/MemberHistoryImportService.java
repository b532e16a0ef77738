package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.members.MemberRegister;
import vn.binhthuy.partybuilding.security.AccessGuard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static vn.binhthuy.partybuilding.importing.MemberHistoryImportColumns.CELL_CODE;
import static vn.binhthuy.partybuilding.importing.MemberHistoryImportColumns.FROM;
import static vn.binhthuy.partybuilding.importing.MemberHistoryImportColumns.MEMBER_CODE;
import static vn.binhthuy.partybuilding.importing.MemberHistoryImportColumns.TO;

/**
 * The cells members belonged to over time ("quá trình sinh hoạt"), one row per stretch: for each member in the file,
 * their rows are their complete history and replace the stored one — what the year-end rosters of past years are
 * built from. Members must be in the register first (the members step); members not in the file are kept as they are.
 */
@Service
public class MemberHistoryImportService implements ImportKind {

    static final String CODE = "MEMBER_HISTORY";
    static final String SHEET = MemberHistoryImportColumns.SHEET;
    private static final Description DESCRIPTION = new Description(CODE, 25, Reach.COMMITTEE, false, true,
            SHEET);

    private static final List<String> REQUIRED = List.of(MEMBER_CODE, CELL_CODE, FROM, TO);

    private final MemberImportQueries queries;
    private final ImportQueries counts;
    private final MemberRegister register;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Clock clock;

    public MemberHistoryImportService(MemberImportQueries queries, ImportQueries counts, MemberRegister register,
                                      AccessGuard guard, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.counts = counts;
        this.register = register;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    private record Stretch(int row, MemberRegister.Period period) {}

    /** Reads and checks a file; writes nothing. */
    @Override
    @Transactional(readOnly = true)
    public MemberHistoryImport check(ImportScope scope, String fileName, byte[] content) {
        guard.requireOrganizationBoard();
        ImportFileReader.Result file = ImportFileReader.read(fileName, content, SHEET);
        List<ImportProblem> blocking = ImportChecks.blocking(file, REQUIRED);
        if (!blocking.isEmpty()) {
            return new MemberHistoryImport(fileName, List.of(), blocking);
        }
        Map<String, Integer> columns = ImportChecks.columns(file.header());
        Map<String, MemberImportQueries.StoredMember> stored = queries.members(ImportQueries.Lock.NONE);
        Map<String, MemberImportQueries.Home> homes = queries.homes();
        LocalDate today = LocalDate.now(clock);
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, List<Stretch>> byMember = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RawRow raw : file.rows()) {
            int before = problems.size();
            int n = raw.number();
            String code = raw.cell(columns.get(MEMBER_CODE)).toUpperCase(Locale.ROOT);
            String cell = raw.cell(columns.get(CELL_CODE)).toLowerCase(Locale.ROOT);
            String fromText = raw.cell(columns.get(FROM));
            LocalDate from = ImportChecks.day(fromText, n, FROM, problems);
            LocalDate to = ImportChecks.day(raw.cell(columns.get(TO)), n, TO, problems);
            MemberImportQueries.StoredMember member = stored.get(code);
            if (code.isEmpty()) {
                problems.add(ImportProblem.at(n, MEMBER_CODE, "import.error.required"));
            } else if (member == null) {
                problems.add(ImportProblem.at(n, MEMBER_CODE, "import.error.not-in-register", code));
            }
            MemberImportQueries.Home home = cell.isEmpty() ? null : homes.get(cell);
            if (cell.isEmpty()) {
                problems.add(ImportProblem.at(n, CELL_CODE, "import.error.required"));
            } else if (home == null) {
                problems.add(ImportProblem.at(n, CELL_CODE, "import.error.not-a-member-home", cell));
            }
            if (fromText.isEmpty()) {
                problems.add(ImportProblem.at(n, FROM, "import.error.required"));
            }
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(ImportProblem.at(n, TO, "import.error.period-order"));
            }
            if (member != null && from != null && (from.isBefore(member.admittedOn()) || from.isAfter(today))) {
                problems.add(ImportProblem.at(n, FROM, "import.error.period-outside-membership"));
            }
            if (member != null && member.leftOn() != null && (to == null || to.isAfter(member.leftOn()))) {
                problems.add(ImportProblem.at(n, TO, "import.error.period-after-departure", code,
                        ImportChecks.dayText(member.leftOn())));
            }
            if (!code.isEmpty() && from != null) {
                Integer first = seen.putIfAbsent(code + "|" + from, n);
                if (first != null) {
                    problems.add(ImportProblem.at(n, FROM, "import.error.duplicate-period", code, first));
                }
            }
            if (problems.size() == before) {
                byMember.computeIfAbsent(code, c -> new ArrayList<>())
                        .add(new Stretch(n, new MemberRegister.Period(home.id(), from, to)));
            }
        }
        List<MemberHistoryImport.Row> rows = new ArrayList<>();
        byMember.forEach((code, stretches) -> {
            stretches.sort(Comparator.comparing(s -> s.period().from()));
            for (int i = 1; i < stretches.size(); i++) {
                LocalDate previousEnd = stretches.get(i - 1).period().to();
                if (previousEnd == null || !previousEnd.isBefore(stretches.get(i).period().from())) {
                    problems.add(ImportProblem.at(stretches.get(i).row(), FROM, "import.error.period-overlap", code,
                            stretches.get(i - 1).row()));
                }
            }
            MemberImportQueries.StoredMember member = stored.get(code);
            Set<MemberRegister.Period> periods = new HashSet<>();
            stretches.forEach(s -> periods.add(s.period()));
            int first = stretches.stream().mapToInt(Stretch::row).min().orElseThrow();
            rows.add(new MemberHistoryImport.Row(first, member.id(), code, Set.copyOf(periods), member.version()));
        });
        rows.sort(Comparator.comparingInt(MemberHistoryImport.Row::number));
        return new MemberHistoryImport(fileName, problems.isEmpty() ? rows : List.of(), problems);
    }

    /**
     * Writes a clean file in one transaction: each member's history replaced when it differs, left alone when equal;
     * refused, nothing written, when a member it would change was changed after the check.
     */
    @Override
    @Transactional
    public ImportResult apply(CheckedImport checkedImport) {
        MemberHistoryImport checked = (MemberHistoryImport) checkedImport;
        guard.requireOrganizationBoard();
        ImportConfirmation.requireClean(checked);
        Map<String, MemberImportQueries.StoredMember> stored = queries.members(ImportQueries.Lock.FOR_UPDATE);
        Map<Long, Set<MemberRegister.Period>> histories = queries.histories();
        return ImportConfirmation.write(checked, checked.rows(),
                new ImportConfirmation.Rows<MemberHistoryImport.Row, MemberRegister.ImportedHistory>() {
                    @Override
                    public MemberRegister.ImportedHistory stored(MemberHistoryImport.Row row) {
                        MemberImportQueries.StoredMember m = stored.get(row.code());
                        return m == null ? null : new MemberRegister.ImportedHistory(m.id(), m.code(),
                                histories.getOrDefault(m.id(), Set.of()), m.version());
                    }

                    @Override
                    public Integer version(MemberRegister.ImportedHistory history) {
                        return history.readVersion();
                    }

                    @Override
                    public boolean unchanged(MemberRegister.ImportedHistory history, MemberHistoryImport.Row row) {
                        return history.periods().equals(row.periods());
                    }

                    @Override
                    public MemberRegister.ImportedHistory written(MemberRegister.ImportedHistory history,
                                                                   MemberHistoryImport.Row row) {
                        return new MemberRegister.ImportedHistory(row.memberId(), row.code(), row.periods(),
                                history.readVersion());
                    }

                    @Override
                    public String auditKey(MemberHistoryImport.Row row) {
                        return row.code();
                    }

                    @Override
                    public String auditChange(MemberRegister.ImportedHistory history, MemberHistoryImport.Row row) {
                        return history.periods().size() + " → " + row.periods().size() + " periods";
                    }
                }, register::saveImportedHistories, audit, "MEMBER_ASSIGNMENT");
    }

    /** A workbook to fill in: the columns, a made-up example row (skipped on import), and the cells. */
    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] template(ImportScope scope) {
        guard.requireOrganizationBoard();
        List<String> cells = queries.homes().keySet().stream().sorted().toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < MemberHistoryImportColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(MemberHistoryImportColumns.ALL.get(c));
                sheet.setColumnWidth(c, 22 * 256);
            }
            Row example = sheet.createRow(1);
            example.createCell(0).setCellValue(TemplateExample.MEMBER_CODE);
            example.createCell(1).setCellValue(TemplateExample.CELL_CODE);
            example.createCell(2).setCellValue("19/05/2010");
            example.createCell(3).setCellValue("31/12/2017");
            Sheet allowed = workbook.createSheet("Danh mục");
            allowed.createRow(0).createCell(0).setCellValue(CELL_CODE);
            for (int i = 0; i < cells.size(); i++) {
                allowed.createRow(i + 1).createCell(0).setCellValue(cells.get(i));
            }
            allowed.setColumnWidth(0, 28 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public long loaded() {
        return counts.count("member_assignment");
    }
}
