package vn.binhthuy.partybuilding.importing;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded XLSX or CSV file into header + rows of NFC text, within {@link ImportLimits}: the type is
 * checked first (by name and content, so a renamed file gets the right message), then the size, then the file is
 * read as a stream that stops at the first cap it reaches.
 */
public final class ImportFileReader {

    public static final ImportLimits LIMITS = ImportLimits.DEFAULT;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /**
     * Either the rows (header first) or the problems that stop the file; examples counts the template's example
     * rows that were skipped.
     */
    record Result(List<String> header, List<RawRow> rows, List<ImportProblem> problems, int examples) {
        static Result failed(ImportProblem problem) {
            return new Result(List.of(), List.of(), List.of(problem), 0);
        }
    }

    private ImportFileReader() {
    }

    static Result read(String fileName, byte[] content) {
        return read(fileName, content, LIMITS);
    }

    /** Reads the visible sheet named {@code sheetName} when the workbook has one, else its first visible sheet. */
    static Result read(String fileName, byte[] content, String sheetName) {
        return read(fileName, content, LIMITS, sheetName);
    }

    static Result read(String fileName, byte[] content, ImportLimits limits) {
        return read(fileName, content, limits, null);
    }

    static Result read(String fileName, byte[] content, ImportLimits limits, String sheetName) {
        ImportProblem wrongType = typeProblem(fileName, content);
        if (wrongType != null) {
            return Result.failed(wrongType);
        }
        boolean xlsx = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (content.length > limits.maxBytes()) {
            return Result.failed(ImportProblem.ofFile("import.error.too-large", limits.maxMegabytes()));
        }
        if (content.length == 0) {
            return Result.failed(ImportProblem.ofFile("import.error.empty"));
        }
        if (xlsx) {
            return startsWith(content, ZIP) ? xlsx(content, limits, sheetName)
                    : Result.failed(ImportProblem.ofFile("import.error.unreadable-xlsx"));
        }
        return CsvReader.read(content, limits);
    }

    /** Why a file is not of an accepted type (by its name, or an old Excel file by its content), or null. */
    public static ImportProblem typeProblem(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls") || !lower.endsWith(".xlsx") && startsWith(content, OLE2)) {
            return ImportProblem.ofFile("import.error.type-xls", name);
        }
        return lower.endsWith(".xlsx") || lower.endsWith(".csv") ? null
                : ImportProblem.ofFile("import.error.type", name);
    }

    private static Result xlsx(byte[] content, ImportLimits limits, String sheetName) {
        try {
            return XlsxReader.read(content, limits, sheetName);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            ImportRefusal refusal = ImportRefusal.in(e);
            return Result.failed(refusal != null ? refusal.problem()
                    : ImportProblem.ofFile("import.error.unreadable-xlsx"));
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
