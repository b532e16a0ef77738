package vn.binhthuy.partybuilding.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a CSV file record by record (never the whole text at once). It must be UTF-8, with or without BOM; anything
 * else, such as Windows-1258 or CP1252, is refused with a message instead of being misread. The delimiter is the
 * one of comma and semicolon the first line uses more.
 */
final class CsvReader {

    private CsvReader() {
    }

    static ImportFileReader.Result read(byte[] content, ImportLimits limits) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        Reader text = new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        RowCollector rows = new RowCollector(limits);
        try (CSVParser parser = CSVParser.parse(text,
                CSVFormat.EXCEL.builder().setDelimiter(delimiter(content, start)).get())) {
            int number = 0;
            for (CSVRecord record : parser) {
                int row = ++number;
                rows.checkColumn(row, record.size() - 1);
                record.stream().filter(cell -> !cell.isBlank()).forEach(cell -> rows.countCell(row));
                rows.row(number, record.toList());
            }
            return rows.result();
        } catch (IOException | RuntimeException e) {
            ImportRefusal refusal = ImportRefusal.in(e);
            if (refusal != null) {
                return ImportFileReader.Result.failed(refusal.problem());
            }
            return ImportFileReader.Result.failed(ImportProblem.ofFile(encodingFailure(e)
                    ? "import.error.encoding" : "import.error.unreadable-csv"));
        }
    }

    private static boolean encodingFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static char delimiter(byte[] content, int start) {
        int semicolons = 0;
        int commas = 0;
        for (int i = start; i < content.length && content[i] != '\n'; i++) {
            semicolons += content[i] == ';' ? 1 : 0;
            commas += content[i] == ',' ? 1 : 0;
        }
        return semicolons > commas ? ';' : ',';
    }
}
