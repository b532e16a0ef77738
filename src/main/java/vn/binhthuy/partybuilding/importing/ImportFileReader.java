package vn.binhthuy.partybuilding.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the first sheet of an XLSX file, or a CSV file, into header + rows of NFC text. Formulas give their computed
 * value; dates are written dd/MM/yyyy; a CSV must be UTF-8 (with or without BOM) — anything else, such as
 * Windows-1258 or CP1252, is refused with a message instead of being misread.
 */
final class ImportFileReader {

    static final long MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Either the rows (header first) or the problem that stopped reading. */
    record Result(List<String> header, List<RawRow> rows, ImportProblem problem) {
        static Result failed(String key, Object... args) {
            return new Result(List.of(), List.of(), ImportProblem.ofFile(key, args));
        }
    }

    private ImportFileReader() {
    }

    static Result read(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            return Result.failed("import.error.too-large", MAX_BYTES / 1024 / 1024);
        }
        if (content.length == 0) {
            return Result.failed("import.error.empty");
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return xlsx(content);
        }
        if (lower.endsWith(".csv")) {
            return csv(content);
        }
        return Result.failed("import.error.type", fileName);
    }

    private static Result xlsx(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        cells.add(text(row.getCell(c), formatter, evaluator));
                    }
                }
                lines.add(cells);
            }
            return rows(lines);
        } catch (IOException | RuntimeException e) {
            return Result.failed("import.error.unreadable-xlsx");
        }
    }

    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        var type = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                ? evaluator.evaluateFormulaCell(cell) : cell.getCellType();
        if (type == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return DAY.format(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return nfc(formatter.formatCellValue(cell, evaluator));
    }

    private static Result csv(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            return Result.failed("import.error.encoding");
        }
        char delimiter = firstLine(text).chars().filter(ch -> ch == ';').count()
                > firstLine(text).chars().filter(ch -> ch == ',').count() ? ';' : ',';
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.EXCEL.builder().setDelimiter(delimiter).get())) {
            List<List<String>> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                lines.add(record.stream().map(ImportFileReader::nfc).toList());
            }
            return rows(lines);
        } catch (IOException | RuntimeException e) {
            return Result.failed("import.error.unreadable-csv");
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static Result rows(List<List<String>> lines) {
        int headerIndex = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stream().anyMatch(c -> !c.isBlank())) {
                headerIndex = i;
                break;
            }
        }
        if (headerIndex < 0) {
            return Result.failed("import.error.empty");
        }
        List<String> header = lines.get(headerIndex).stream().map(String::trim).toList();
        List<RawRow> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            RawRow row = new RawRow(i + 1, lines.get(i).stream().map(String::trim).toList());
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        if (rows.size() > MAX_ROWS) {
            return Result.failed("import.error.too-many-rows", MAX_ROWS);
        }
        return new Result(header, rows, null);
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
