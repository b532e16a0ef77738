package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

/**
 * Reads the first visible sheet of an XLSX file as a stream of cells (never a whole workbook in memory): formulas
 * give the value the spreadsheet program computed and saved (a formula without one is reported, never evaluated
 * here), date-formatted numbers are written dd/MM/yyyy, an error value (#DIV/0!, #N/A …) is reported at its cell.
 * Hidden sheets are never read; a workbook with a visible sheet of the requested name (the Board's whole-dataset
 * workbook has one per kind of record) is read from that sheet.
 */
final class XlsxReader {

    /** Excel's own limit for the text of one cell. */
    private static final int MAX_CELL_CHARS = 32_767;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final XlsxParts parts;
    private final ImportLimits limits;
    private final RowCollector rows;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<Integer> styleFormats = new ArrayList<>();
    private final Map<Integer, String> customFormats = new HashMap<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private boolean date1904;

    private final String sheetName;

    private XlsxReader(XlsxParts parts, ImportLimits limits, String sheetName) {
        this.parts = parts;
        this.sheetName = sheetName;
        this.limits = limits;
        this.rows = new RowCollector(limits);
    }

    static ImportFileReader.Result read(byte[] content, ImportLimits limits, String sheetName)
            throws IOException, XMLStreamException {
        try (XlsxParts parts = new XlsxParts(content, limits)) {
            return new XlsxReader(parts, limits, sheetName).readVisibleSheet();
        }
    }

    private ImportFileReader.Result readVisibleSheet() throws IOException, XMLStreamException {
        String workbook = parts.relationships("").values().stream().filter(r -> r.is("officeDocument"))
                .map(XlsxParts.Relationship::part).findFirst().orElseThrow(() -> new IOException("no workbook"));
        Map<String, XlsxParts.Relationship> related = parts.relationships(workbook);
        String sheetId = firstVisibleSheet(workbook);
        XlsxParts.Relationship sheet = sheetId == null ? null : related.get(sheetId);
        if (sheet == null) {
            return ImportFileReader.Result.failed(ImportProblem.ofFile("import.error.no-visible-sheet"));
        }
        for (XlsxParts.Relationship r : related.values()) {
            if (r.is("styles") && parts.has(r.part())) {
                readStyles(r.part());
            } else if (r.is("sharedStrings") && parts.has(r.part())) {
                readSharedStrings(r.part());
            }
        }
        readSheet(sheet.part());
        return rows.result();
    }

    /**
     * The relationship id of the visible sheet of the requested name, else of the first sheet neither hidden nor very
     * hidden; notes the 1904 date system.
     */
    private String firstVisibleSheet(String workbook) throws IOException, XMLStreamException {
        XMLStreamReader xml = parts.open(workbook);
        String first = null;
        try {
            while (xml.hasNext()) {
                if (xml.next() != START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                } else if (xml.getLocalName().equals("sheet")) {
                    String state = xml.getAttributeValue(null, "state");
                    if (state == null || state.equals("visible")) {
                        String id = relationshipId(xml);
                        if (sheetName != null && sheetName.equalsIgnoreCase(
                                ImportFileReader.nfc(xml.getAttributeValue(null, "name")).trim())) {
                            return id;
                        }
                        first = first == null ? id : first;
                    }
                }
            }
            return first;
        } finally {
            xml.close();
        }
    }

    /** The sheet's r:id, in the transitional or the strict (ISO) relationships namespace. */
    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if (xml.getAttributeLocalName(i).equals("id") && namespace != null && namespace.endsWith("relationships")) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private void readStyles(String part) throws IOException, XMLStreamException {
        XMLStreamReader xml = parts.open(part);
        try {
            boolean inCellFormats = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "numFmt" -> customFormats.put(Integer.parseInt(xml.getAttributeValue(null, "numFmtId")),
                                xml.getAttributeValue(null, "formatCode"));
                        case "cellXfs" -> inCellFormats = true;
                        case "xf" -> {
                            if (inCellFormats) {
                                rows.countCell(0);
                                String id = xml.getAttributeValue(null, "numFmtId");
                                styleFormats.add(id == null ? 0 : Integer.parseInt(id));
                            }
                        }
                        default -> { }
                    }
                } else if (event == END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    inCellFormats = false;
                }
            }
        } finally {
            xml.close();
        }
    }

    private void readSharedStrings(String part) throws IOException, XMLStreamException {
        XMLStreamReader xml = parts.open(part);
        try {
            while (xml.hasNext()) {
                if (xml.next() == START_ELEMENT && xml.getLocalName().equals("si")) {
                    if (sharedStrings.size() >= limits.maxCells()) {
                        throw new ImportRefusal(ImportProblem.ofFile("import.error.too-many-cells",
                                limits.maxCells()));
                    }
                    sharedStrings.add(richText(xml, "si", 0, 0));
                }
            }
        } finally {
            xml.close();
        }
    }

    private void readSheet(String part) throws IOException, XMLStreamException {
        XMLStreamReader xml = parts.open(part);
        try {
            int rowNumber = 0;
            List<String> cells = null;
            int column = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == START_ELEMENT && xml.getLocalName().equals("row")) {
                    String r = xml.getAttributeValue(null, "r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    column = -1;
                } else if (event == START_ELEMENT && xml.getLocalName().equals("c") && cells != null) {
                    String reference = xml.getAttributeValue(null, "r");
                    column = reference == null ? column + 1 : columnOf(reference);
                    rows.checkColumn(rowNumber, column);
                    String text = cell(xml, rowNumber, column);
                    if (!text.isEmpty()) {
                        rows.countCell(rowNumber);
                        while (cells.size() <= column) {
                            cells.add("");
                        }
                        cells.set(column, text);
                    }
                } else if (event == END_ELEMENT && xml.getLocalName().equals("row") && cells != null) {
                    rows.row(rowNumber, cells);
                    cells = null;
                }
            }
        } finally {
            xml.close();
        }
    }

    /** The text of the cell the parser is at (on its start tag); leaves the parser on its end tag. */
    private String cell(XMLStreamReader xml, int row, int column) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = "";
        String inline = "";
        boolean formula = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == START_ELEMENT && xml.getLocalName().equals("v")) {
                value = text(xml, row, column);
            } else if (event == START_ELEMENT && xml.getLocalName().equals("is")) {
                inline = richText(xml, "is", row, column);
            } else if (event == START_ELEMENT) {
                formula |= xml.getLocalName().equals("f");
                text(xml, row, column); // a formula: its cached value is in <v>
            } else if (event == END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
        }
        if (formula && value.isEmpty()) {
            rows.formulaProblem(row, column, "import.error.formula-not-computed");
            return "";
        }
        return switch (type == null ? "n" : type) {
            case "s" -> sharedString(value);
            case "inlineStr" -> inline;
            case "str" -> value;
            case "b" -> value.isEmpty() ? "" : "1".equals(value) ? "TRUE" : "FALSE";
            case "e" -> {
                rows.formulaProblem(row, column, "import.error.formula", value);
                yield value;
            }
            case "d" -> value.length() >= 10 ? DAY.format(LocalDate.parse(value.substring(0, 10))) : value;
            default -> number(value, style);
        };
    }

    private String number(String value, String style) {
        if (value.isEmpty()) {
            return "";
        }
        double number = Double.parseDouble(value);
        int xf = style == null ? 0 : Integer.parseInt(style);
        int formatId = xf < styleFormats.size() ? styleFormats.get(xf) : 0;
        String format = customFormats.getOrDefault(formatId, BuiltinFormats.getBuiltinFormat(formatId));
        if (format == null) {
            format = "General";
        }
        if (DateUtil.isADateFormat(formatId, format) && DateUtil.isValidExcelDate(number)) {
            return DAY.format(DateUtil.getLocalDateTime(number, date1904).toLocalDate());
        }
        return formatter.formatRawCellContents(number, formatId, format);
    }

    private String sharedString(String index) {
        int i = Integer.parseInt(index.trim());
        if (i < 0 || i >= sharedStrings.size()) {
            throw new ImportRefusal(ImportProblem.ofFile("import.error.unreadable-xlsx"));
        }
        return sharedStrings.get(i);
    }

    /** The text runs (t) of a string item or inline string, without phonetic runs (rPh); ends on its end tag. */
    private String richText(XMLStreamReader xml, String element, int row, int column) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == START_ELEMENT && xml.getLocalName().equals("rPh")) {
                phonetic++;
            } else if (event == END_ELEMENT && xml.getLocalName().equals("rPh")) {
                phonetic--;
            } else if (event == START_ELEMENT && xml.getLocalName().equals("t") && phonetic == 0) {
                text.append(text(xml, row, column));
                if (text.length() > MAX_CELL_CHARS) {
                    throw tooLong(row, column);
                }
            } else if (event == END_ELEMENT && xml.getLocalName().equals(element)) {
                break;
            }
        }
        return text.toString();
    }

    /** The text content of the current element, at most Excel's 32.767 characters; ends on its end tag. */
    private String text(XMLStreamReader xml, int row, int column) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == CHARACTERS || event == CDATA) {
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                if (text.length() > MAX_CELL_CHARS) {
                    throw tooLong(row, column);
                }
            } else if (event == START_ELEMENT) {
                depth++;
            } else if (event == END_ELEMENT) {
                depth--;
            }
        }
        return text.toString();
    }

    private static ImportRefusal tooLong(int row, int column) {
        return new ImportRefusal(ImportProblem.at(row, CellReference.convertNumToColString(column),
                "import.error.cell-too-long", MAX_CELL_CHARS));
    }

    private static int columnOf(String reference) {
        int letters = 0;
        while (letters < reference.length() && Character.isLetter(reference.charAt(letters))) {
            letters++;
        }
        if (letters == 0 || letters > 3) {
            throw new ImportRefusal(ImportProblem.ofFile("import.error.unreadable-xlsx"));
        }
        return CellReference.convertColStringToIndex(reference.substring(0, letters));
    }
}
