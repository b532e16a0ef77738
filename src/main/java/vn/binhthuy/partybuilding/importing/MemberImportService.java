package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.base.ValidYears;
import vn.binhthuy.partybuilding.members.Gender;
import vn.binhthuy.partybuilding.members.MemberRegister;
import vn.binhthuy.partybuilding.security.AccessGuard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static vn.binhthuy.partybuilding.importing.MemberImportColumns.ADMITTED_ON;
import static vn.binhthuy.partybuilding.importing.MemberImportColumns.BIRTH_YEAR;
import static vn.binhthuy.partybuilding.importing.MemberImportColumns.CELL_CODE;
import static vn.binhthuy.partybuilding.importing.MemberImportColumns.DEPARTURE_REASON;
import static vn.binhthuy.partybuilding.importing.MemberImportColumns.FULL_NAME;
import static vn.binhthuy.partybuilding.importing.MemberImportColumns.GENDER;
import static vn.binhthuy.partybuilding.importing.MemberImportColumns.JOINED_ON;
import static vn.binhthuy.partybuilding.importing.MemberImportColumns.LEFT_ON;
import static vn.binhthuy.partybuilding.importing.MemberImportColumns.MEMBER_CODE;
import static vn.binhthuy.partybuilding.importing.MemberImportColumns.OFFICIAL_ON;

/**
 * The committee's member register from a file, one row per member: new members created in their cell, stored ones
 * (matched by code) corrected, moved to the file's cell on the day they joined it, or marked as gone on their
 * departure day. Members not in the file are kept. Written through the member register, the one writer of members.
 */
@Service
public class MemberImportService implements ImportKind {

    static final String CODE = "MEMBERS";
    static final String SHEET = MemberImportColumns.SHEET;
    private static final Description DESCRIPTION = new Description(CODE, 20, Reach.COMMITTEE, false, true,
            SHEET);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> REQUIRED = List.of(MEMBER_CODE, FULL_NAME, GENDER, BIRTH_YEAR, ADMITTED_ON,
            CELL_CODE);

    private final MemberImportQueries queries;
    private final ImportQueries counts;
    private final MemberRegister register;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Clock clock;

    public MemberImportService(MemberImportQueries queries, ImportQueries counts, MemberRegister register,
                               AccessGuard guard, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.counts = counts;
        this.register = register;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads and checks a file; writes nothing. */
    @Override
    @Transactional(readOnly = true)
    public MemberImport check(ImportScope scope, String fileName, byte[] content) {
        guard.requireOrganizationBoard();
        ImportFileReader.Result file = ImportFileReader.read(fileName, content, SHEET);
        List<ImportProblem> blocking = ImportChecks.blocking(file, REQUIRED);
        if (!blocking.isEmpty()) {
            return new MemberImport(fileName, List.of(), blocking);
        }
        Map<String, Integer> columns = ImportChecks.columns(file.header());
        Map<String, MemberImportQueries.StoredMember> stored = queries.members(ImportQueries.Lock.NONE);
        Map<String, MemberImportQueries.Home> homes = queries.homes();
        LocalDate today = LocalDate.now(clock);
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<MemberImport.Row> rows = new ArrayList<>();
        for (RawRow raw : file.rows()) {
            int before = problems.size();
            int n = raw.number();
            String code = raw.cell(columns.get(MEMBER_CODE)).toUpperCase(Locale.ROOT);
            String name = raw.cell(columns.get(FULL_NAME)).replaceAll("\\s+", " ");
            String genderText = raw.cell(columns.get(GENDER));
            String birthText = raw.cell(columns.get(BIRTH_YEAR));
            String cell = raw.cell(columns.get(CELL_CODE)).toLowerCase(Locale.ROOT);
            String joinedText = columns.containsKey(JOINED_ON) ? raw.cell(columns.get(JOINED_ON)) : "";
            String leftText = columns.containsKey(LEFT_ON) ? raw.cell(columns.get(LEFT_ON)) : "";
            String officialText = columns.containsKey(OFFICIAL_ON) ? raw.cell(columns.get(OFFICIAL_ON)) : "";
            String reason = columns.containsKey(DEPARTURE_REASON)
                    ? raw.cell(columns.get(DEPARTURE_REASON)).replaceAll("\\s+", " ") : "";

            if (code.isEmpty()) {
                problems.add(ImportProblem.at(n, MEMBER_CODE, "import.error.required"));
            } else if (!code.matches("[A-Z0-9-]{3,40}")) {
                problems.add(ImportProblem.at(n, MEMBER_CODE, "import.error.member-code", code));
            } else {
                Integer first = seen.putIfAbsent(code, n);
                if (first != null) {
                    problems.add(ImportProblem.at(n, MEMBER_CODE, "import.error.duplicate", code, first));
                }
            }
            if (name.isEmpty()) {
                problems.add(ImportProblem.at(n, FULL_NAME, "import.error.required"));
            } else if (name.codePointCount(0, name.length()) > 160) {
                problems.add(ImportProblem.at(n, FULL_NAME, "import.error.text-too-long", 160));
            }
            Gender gender = null;
            if (genderText.isEmpty()) {
                problems.add(ImportProblem.at(n, GENDER, "import.error.required"));
            } else {
                gender = MemberImportColumns.gender(genderText).map(Gender::valueOf).orElse(null);
                if (gender == null) {
                    problems.add(ImportProblem.at(n, GENDER, "import.error.not-allowed", genderText, "Nam, Nữ, M, F"));
                }
            }
            Integer birthYear = null;
            if (birthText.isEmpty()) {
                problems.add(ImportProblem.at(n, BIRTH_YEAR, "import.error.required"));
            } else {
                birthYear = UnitImportService.whole(birthText);
                String problem = register.birthYearProblem(birthYear);
                if (problem != null) {
                    problems.add(ImportProblem.at(n, BIRTH_YEAR, problem));
                    birthYear = null;
                }
            }
            LocalDate admitted = requiredDay(raw.cell(columns.get(ADMITTED_ON)), n, ADMITTED_ON, problems);
            if (admitted != null && birthYear != null) {
                String problem = register.admissionProblem(admitted, birthYear);
                if (problem != null) {
                    problems.add(ImportProblem.at(n, ADMITTED_ON, problem));
                }
            }
            LocalDate official = ImportChecks.day(officialText, n, OFFICIAL_ON, problems);
            if (official != null && register.officialProblem(official, admitted) != null) {
                problems.add(ImportProblem.at(n, OFFICIAL_ON, register.officialProblem(official, admitted)));
            }
            LocalDate joined = ImportChecks.day(joinedText, n, JOINED_ON, problems);
            LocalDate left = ImportChecks.day(leftText, n, LEFT_ON, problems);
            MemberImportQueries.StoredMember current = stored.get(code);
            if (joined == null && joinedText.isEmpty()) {
                joined = current == null ? admitted : current.joinedOn();
            }
            MemberImportQueries.Home home = null;
            if (cell.isEmpty()) {
                problems.add(ImportProblem.at(n, CELL_CODE, "import.error.required"));
            } else {
                home = homes.get(cell);
                if (home == null) {
                    problems.add(ImportProblem.at(n, CELL_CODE, "import.error.not-a-member-home", cell));
                } else if (current != null && home.id() != current.unitId() && !joinedText.isEmpty() && joined != null
                        && !ValidYears.include(home.validFromYear(), home.validToYear(), joined.getYear())) {
                    // a transfer goes to a cell of its day; a new member's history may predate the cells on record
                    problems.add(ImportProblem.at(n, JOINED_ON, "import.error.home-not-valid", cell, joined.getYear()));
                }
            }
            if (joined != null && (joined.isAfter(today) || admitted != null && joined.isBefore(admitted))) {
                problems.add(ImportProblem.at(n, JOINED_ON, "import.error.joined-date"));
            }
            if (left != null && (left.isAfter(today) || joined != null && left.isBefore(joined))) {
                problems.add(ImportProblem.at(n, LEFT_ON, "import.error.left-date"));
            }
            if (!reason.isEmpty() && leftText.isEmpty()) {
                problems.add(ImportProblem.at(n, DEPARTURE_REASON, "import.error.reason-without-departure", LEFT_ON));
            } else if (reason.codePointCount(0, reason.length()) > MemberRegister.DEPARTURE_REASON_LENGTH) {
                problems.add(ImportProblem.at(n, DEPARTURE_REASON, "import.error.text-too-long",
                        MemberRegister.DEPARTURE_REASON_LENGTH));
            }
            if (current != null && home != null) {
                storedMemberProblems(current, home, joined, left, admitted, n, problems);
            }
            if (problems.size() == before) {
                rows.add(new MemberImport.Row(n, current == null ? null : current.id(), code, name, gender, birthYear,
                        admitted, official, home.id(), home.code(), joined, left, reason.isEmpty() ? null : reason,
                        current == null ? null : current.version()));
            }
        }
        return new MemberImport(fileName, problems.isEmpty() ? rows : List.of(), problems);
    }

    /** What a file may not do to a stored member: rewrite their cell history, move them when gone, undo a departure. */
    private static void storedMemberProblems(MemberImportQueries.StoredMember current, MemberImportQueries.Home home,
                                             LocalDate joined, LocalDate left, LocalDate admitted, int n,
                                             List<ImportProblem> problems) {
        if (current.leftOn() != null && !current.leftOn().equals(left)) {
            problems.add(ImportProblem.at(n, LEFT_ON, "import.error.departure-fixed", current.code(),
                    DAY.format(current.leftOn())));
        }
        if (admitted != null && admitted.isAfter(current.firstJoinedOn())) {
            problems.add(ImportProblem.at(n, ADMITTED_ON, "member.error.admitted-after-assignment"));
        }
        if (home.id() == current.unitId()) {
            if (joined != null && !joined.equals(current.joinedOn())) {
                problems.add(ImportProblem.at(n, JOINED_ON, "import.error.joined-differs", current.unitCode(),
                        DAY.format(current.joinedOn())));
            }
        } else if (current.leftOn() != null) {
            problems.add(ImportProblem.at(n, CELL_CODE, "import.error.moved-after-departure", current.code()));
        } else if (joined == null || !joined.isAfter(current.joinedOn())) {
            problems.add(ImportProblem.at(n, JOINED_ON, "import.error.transfer-date", current.unitCode(),
                    DAY.format(current.joinedOn())));
        }
    }

    private static LocalDate requiredDay(String text, int row, String column, List<ImportProblem> problems) {
        if (text.isEmpty()) {
            problems.add(ImportProblem.at(row, column, "import.error.required"));
            return null;
        }
        return ImportChecks.day(text, row, column, problems);
    }

    /**
     * Writes a clean file in one transaction: new members created, changed ones corrected or moved, equal ones left
     * alone; refused, nothing written, when a member it would change was changed after the check.
     */
    @Override
    @Transactional
    public ImportResult apply(CheckedImport checkedImport) {
        MemberImport checked = (MemberImport) checkedImport;
        guard.requireOrganizationBoard();
        ImportConfirmation.requireClean(checked);
        Map<String, MemberImportQueries.StoredMember> stored = queries.members(ImportQueries.Lock.FOR_UPDATE);
        return ImportConfirmation.write(checked, checked.rows(),
                new ImportConfirmation.Rows<MemberImport.Row, MemberRegister.ImportedMember>() {
                    @Override
                    public MemberRegister.ImportedMember stored(MemberImport.Row row) {
                        MemberImportQueries.StoredMember m = stored.get(row.code());
                        return m == null ? null : new MemberRegister.ImportedMember(m.id(), m.code(), m.fullName(),
                                Gender.valueOf(m.gender()), m.birthYear(), m.admittedOn(), m.officialOn(), m.unitId(),
                                m.joinedOn(), m.leftOn(), m.departureReason(), m.version());
                    }

                    @Override
                    public Integer version(MemberRegister.ImportedMember m) {
                        return m.readVersion();
                    }

                    @Override
                    public boolean unchanged(MemberRegister.ImportedMember m, MemberImport.Row row) {
                        return m.fullName().equals(row.fullName()) && m.gender() == row.gender()
                                && m.birthYear() == row.birthYear() && m.admittedOn().equals(row.admittedOn())
                                && Objects.equals(m.officialOn(), row.officialOn())
                                && m.unitId() == row.unitId() && Objects.equals(m.leftOn(), row.leftOn())
                                && Objects.equals(m.departureReason(), row.departureReason());
                    }

                    @Override
                    public MemberRegister.ImportedMember written(MemberRegister.ImportedMember m, MemberImport.Row row) {
                        return new MemberRegister.ImportedMember(m == null ? null : m.id(), row.code(), row.fullName(),
                                row.gender(), row.birthYear(), row.admittedOn(), row.officialOn(), row.unitId(),
                                row.joinedOn(), row.leftOn(), row.departureReason(),
                                m == null ? null : m.readVersion());
                    }

                    @Override
                    public String auditKey(MemberImport.Row row) {
                        return row.code();
                    }

                    @Override
                    public String auditChange(MemberRegister.ImportedMember m, MemberImport.Row row) {
                        return (m == null ? "" : m.fullName() + " ") + "→ " + row.fullName() + " " + row.unitCode()
                                + (row.leftOn() == null ? "" : " (left " + row.leftOn() + ")");
                    }
                }, register::saveImported, audit, "PARTY_MEMBER");
    }

    /** A workbook to fill in: the columns, a made-up example row (skipped on import), and the cells and genders. */
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
            for (int c = 0; c < MemberImportColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(MemberImportColumns.ALL.get(c));
                sheet.setColumnWidth(c, 20 * 256);
            }
            Row example = sheet.createRow(1);
            example.createCell(0).setCellValue(TemplateExample.MEMBER_CODE);
            example.createCell(1).setCellValue(TemplateExample.FULL_NAME);
            example.createCell(2).setCellValue("Nam");
            example.createCell(3).setCellValue(1980);
            example.createCell(4).setCellValue("19/05/2010");
            example.createCell(5).setCellValue("19/05/2011");
            example.createCell(6).setCellValue(TemplateExample.CELL_CODE);
            example.createCell(7).setCellValue("19/05/2010");
            Sheet allowed = workbook.createSheet("Danh mục");
            Row head = allowed.createRow(0);
            head.createCell(0).setCellValue(GENDER);
            head.createCell(1).setCellValue(CELL_CODE);
            List<String> genders = List.of("Nam", "Nữ");
            for (int i = 0; i < Math.max(genders.size(), cells.size()); i++) {
                Row row = allowed.createRow(i + 1);
                if (i < genders.size()) {
                    row.createCell(0).setCellValue(genders.get(i));
                }
                if (i < cells.size()) {
                    row.createCell(1).setCellValue(cells.get(i));
                }
            }
            allowed.setColumnWidth(0, 16 * 256);
            allowed.setColumnWidth(1, 28 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public long loaded() {
        return counts.count("party_member");
    }
}
