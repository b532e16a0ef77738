package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds header + data rows from the rows a sheet reader hands over, enforcing the row, column and cell caps as it
 * goes: the first non-blank row is the header; blank rows and the templates' example rows are skipped.
 */
final class RowCollector {

    /** What a template's example row starts with; such rows are never imported. */
    static final String EXAMPLE_MARK = "VÍ DỤ";

    private static final int PROGRESS_EVERY = 1_000;

    private final ImportLimits limits;
    private final ImportProgress progress = ImportProgress.current();
    private final List<RawRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private List<String> header;
    private long cells;
    private int examples;

    RowCollector(ImportLimits limits) {
        this.limits = limits;
    }

    /** Refuses a cell beyond the column cap before anything is stored for it. */
    void checkColumn(int row, int column) {
        if (column >= limits.maxColumns()) {
            String reference = new CellReference(row - 1, column).formatAsString(false);
            throw new ImportRefusal(ImportProblem.at(row, CellReference.convertNumToColString(column),
                    "import.error.too-many-columns", reference, limits.maxColumns()));
        }
    }

    /** Counts a non-empty cell against the cap. */
    void countCell(int row) {
        if (++cells > limits.maxCells()) {
            throw new ImportRefusal(ImportProblem.at(row, "", "import.error.too-many-cells", limits.maxCells()));
        }
    }

    /**
     * A cell holding a formula error (#DIV/0!, #N/A …), or a formula no spreadsheet program has computed yet: reported
     * at its row and column, reading goes on.
     */
    void formulaProblem(int row, int column, String messageKey, Object... arguments) {
        problems.add(ImportProblem.at(row, columnName(column), messageKey, arguments));
    }

    void row(int number, List<String> texts) {
        List<String> cells = texts.stream().map(t -> ImportFileReader.nfc(t).trim()).toList();
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (header == null) {
            header = cells;
            return;
        }
        if (isExample(cells)) {
            examples++;
            return;
        }
        if (rows.size() == limits.maxRows()) {
            throw new ImportRefusal(ImportProblem.at(number, "", "import.error.too-many-rows", limits.maxRows()));
        }
        rows.add(new RawRow(number, cells));
        if (rows.size() % PROGRESS_EVERY == 0) {
            progress.read(rows.size());
        }
    }

    ImportFileReader.Result result() {
        if (header == null) {
            return ImportFileReader.Result.failed(ImportProblem.ofFile("import.error.empty"));
        }
        return new ImportFileReader.Result(header, List.copyOf(rows), List.copyOf(problems), examples);
    }

    private static boolean isExample(List<String> cells) {
        return cells.stream().filter(c -> !c.isBlank()).findFirst()
                .map(c -> c.toUpperCase(Locale.ROOT).startsWith(EXAMPLE_MARK)).orElse(false);
    }

    private String columnName(int column) {
        return header != null && column < header.size() && !header.get(column).isBlank() ? header.get(column)
                : CellReference.convertNumToColString(column);
    }
}
