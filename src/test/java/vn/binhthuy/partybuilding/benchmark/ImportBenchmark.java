package vn.binhthuy.partybuilding.benchmark;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.binhthuy.partybuilding.importing.ImportResult;
import vn.binhthuy.partybuilding.importing.RatingImport;
import vn.binhthuy.partybuilding.importing.RatingImportColumns;
import vn.binhthuy.partybuilding.importing.RatingImportService;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;

/**
 * (f) The Organization Board's member-rating file of the whole committee: up to {@link #ROWS} rows of a year without
 * ratings (2020), checked and then written; wall time and the peak heap of each step.
 */
final class ImportBenchmark {

    static final int ROWS = Integer.getInteger("benchmark.import.rows", 100_000);
    private static final int YEAR = 2020;

    record Result(int rows, int fileKilobytes, double checkSeconds, long checkPeakMegabytes, double writeSeconds,
                  long writePeakMegabytes, ImportResult written, double againSeconds, ImportResult again) {}

    private final ConfigurableApplicationContext app;
    private final JdbcTemplate jdbc;

    ImportBenchmark(ConfigurableApplicationContext app, DataSource raw) {
        this.app = app;
        this.jdbc = new JdbcTemplate(raw);
    }

    Result run() throws IOException {
        UserDetails board = app.getBean(UserDetailsService.class).loadUserByUsername("bantochuc");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(board, null, board.getAuthorities()));
        byte[] file = file();
        RatingImportService imports = app.getBean(RatingImportService.class);

        resetPeaks();
        long started = System.nanoTime();
        RatingImport checked = imports.check(null, YEAR, "toan-dang-bo-2020.xlsx", file);
        double checkSeconds = (System.nanoTime() - started) / 1e9;
        long checkPeak = peakMegabytes();
        if (!checked.problems().isEmpty()) {
            throw new IllegalStateException("The benchmark file has problems: " + checked.problems().subList(0,
                    Math.min(5, checked.problems().size())));
        }
        resetPeaks();
        started = System.nanoTime();
        ImportResult written = imports.apply(checked);
        double writeSeconds = (System.nanoTime() - started) / 1e9;
        long writePeak = peakMegabytes();
        // the same file again: checked and found unchanged
        started = System.nanoTime();
        ImportResult again = imports.apply(imports.check(null, YEAR, "toan-dang-bo-2020.xlsx", file));
        double againSeconds = (System.nanoTime() - started) / 1e9;
        return new Result(checked.rows().size(), file.length / 1024, checkSeconds, checkPeak, writeSeconds, writePeak,
                written, againSeconds, again);
    }

    /** Members at the end of the year, in their cells, rated HTTNV (every tenth HTNV): streamed into an XLSX. */
    private byte[] file() throws IOException {
        List<Map<String, Object>> members = jdbc.queryForList("""
                SELECT m.code, m.full_name, u.code AS cell FROM party_member m
                JOIN member_assignment a ON a.member_id = m.id JOIN unit u ON u.id = a.unit_id
                WHERE u.level IN ('GRASSROOTS', 'CELL') AND a.valid_from <= '2020-12-31'
                  AND (a.valid_to IS NULL OR a.valid_to >= '2020-12-31')
                ORDER BY m.code LIMIT ?""", ROWS);
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(RatingImportService.SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < RatingImportColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(RatingImportColumns.ALL.get(c));
            }
            for (int r = 0; r < members.size(); r++) {
                Map<String, Object> member = members.get(r);
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue((String) member.get("code"));
                row.createCell(1).setCellValue((String) member.get("full_name"));
                row.createCell(2).setCellValue((String) member.get("cell"));
                row.createCell(3).setCellValue(YEAR);
                row.createCell(4).setCellValue(r % 10 == 0 ? "HTNV" : "HTTNV");
            }
            workbook.write(out);
            return out.toByteArray();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any moment of the step. */
    private static long peakMegabytes() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1 << 20);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
