package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.binhthuy.partybuilding.Application;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register half of issue #12's point 7: on an empty database, a committee of {@value #ORGANIZATIONS}
 * organizations with {@value #CELLS} cells each, then a file of {@code benchmark.members} (50.000) new members, checked
 * and written; times and the heap's peak are printed and written under target/benchmark/. Not part of
 * {@code mvn verify}: {@code mvn -Pbenchmark verify -Dbenchmark.test=RegisterImportBenchmark} (docs/benchmarks.md).
 */
class RegisterImportBenchmark {

    private static final int ORGANIZATIONS = 50;
    private static final int CELLS = 10;
    private static final int MEMBERS = Integer.getInteger("benchmark.members", 50_000);

    @Test
    void fiftyThousandMembersAreCheckedAndWritten() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                // arguments, not default properties: they must win over application.properties
                .run("--partybuilding.demo-data.enabled=false", "--server.port=0", "--vaadin.productionMode=true",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--partybuilding.database.embedded.throwaway=true")) {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("benchmark",
                    null, List.of(new SimpleGrantedAuthority("ROLE_ORG_BOARD"))));
            UnitImportService units = app.getBean(UnitImportService.class);
            MemberImportService members = app.getBean(MemberImportService.class);
            ImportScope register = ImportScope.wholeCommittee(null);

            UnitImport unitFile = units.check(register, "don-vi.xlsx", unitFile());
            assertThat(unitFile.problems()).isEmpty();
            long unitsStarted = System.nanoTime();
            units.apply(unitFile);
            long unitsMs = (System.nanoTime() - unitsStarted) / 1_000_000;

            byte[] file = memberFile();
            System.gc();
            resetPeaks();
            long checkStarted = System.nanoTime();
            MemberImport checked = members.check(register, "dang-vien.xlsx", file);
            long checkMs = (System.nanoTime() - checkStarted) / 1_000_000;
            long checkPeak = heapPeak();
            assertThat(checked.problems()).isEmpty();
            System.gc();
            resetPeaks();
            long writeStarted = System.nanoTime();
            ImportResult written = members.apply(checked);
            long writeMs = (System.nanoTime() - writeStarted) / 1_000_000;
            long writePeak = heapPeak();
            assertThat(written.created()).isEqualTo(MEMBERS);
            long againStarted = System.nanoTime();
            ImportResult again = members.apply(members.check(register, "dang-vien.xlsx", file));
            long againMs = (System.nanoTime() - againStarted) / 1_000_000;
            assertThat(again.unchanged()).isEqualTo(MEMBERS);

            String report = """
                    # Register import benchmark

                    JDK %s, %d cores, max heap %d MB. %d units written in %d ms.

                    | step | %,d members | heap peak |
                    |---|---|---|
                    | file size | %,d KB | |
                    | check (read + validate) | %,d ms | %,d MB |
                    | confirm (write, audit) | %,d ms | %,d MB |
                    | same file again (check + confirm, all unchanged) | %,d ms | |
                    """.formatted(Runtime.version(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, unitFile.rows().size(), unitsMs, MEMBERS,
                    file.length >> 10, checkMs, checkPeak >> 20, writeMs, writePeak >> 20, againMs);
            Path out = Path.of("target", "benchmark", "register-import-" + System.currentTimeMillis() + ".md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println("\n" + report + "\nWritten to " + out.toAbsolutePath());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static byte[] unitFile() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("q-do-kiem", "Đảng bộ quận Đo Kiểm", "Quận Đo Kiểm", "DISTRICT", "", "2000", "", "0"));
        for (int o = 1; o <= ORGANIZATIONS; o++) {
            String org = "p-do-kiem-" + o;
            rows.add(List.of(org, "Đảng bộ phường Đo Kiểm " + o, "Phường " + o, "WARD", "q-do-kiem", "2000", "",
                    String.valueOf(o)));
            for (int c = 1; c <= CELLS; c++) {
                rows.add(List.of(org + "-kv" + c, "Chi bộ khu vực " + c + ", phường Đo Kiểm " + o, "Khu vực " + c,
                        "RESIDENTIAL_CELL", org, "2000", "", String.valueOf(c)));
            }
        }
        return RatingImportTest.xlsx(UnitImportColumns.ALL, rows);
    }

    private static byte[] memberFile() throws Exception {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(MemberImportColumns.SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < MemberImportColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(MemberImportColumns.ALL.get(c));
            }
            for (int i = 1; i <= MEMBERS; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("DK%06d".formatted(i));
                row.createCell(1).setCellValue("Nguyễn Thị Đo Kiểm " + i);
                row.createCell(2).setCellValue(i % 3 == 0 ? "Nữ" : "Nam");
                row.createCell(3).setCellValue(1940 + i % 40);
                row.createCell(4).setCellValue("%02d/%02d/%d".formatted(1 + i % 28, 1 + i % 12, 2005 + i % 15));
                row.createCell(MemberImportColumns.ALL.indexOf(MemberImportColumns.CELL_CODE)).setCellValue("p-do-kiem-" + (1 + i % ORGANIZATIONS) + "-kv" + (1 + i / ORGANIZATIONS % CELLS));
            }
            workbook.write(out);
            return out.toByteArray();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap the step used. */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
