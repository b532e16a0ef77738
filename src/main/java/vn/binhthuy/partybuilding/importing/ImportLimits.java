package vn.binhthuy.partybuilding.importing;

/**
 * How much of an uploaded file is read before it is refused. The defaults fit a province's yearly file (100.000 rows
 * of a few columns); every cap is checked while reading, so a hostile file is refused before it costs memory.
 *
 * @param maxBytes     the uploaded file
 * @param maxRows      data rows (blank and example rows not counted)
 * @param maxColumns   the column of any cell (a sparse sheet with one cell in column XFD stops at that cell)
 * @param maxCells     non-empty cells, and entries of an XLSX shared-string table
 * @param maxXmlBytes  an XLSX file's XML once decompressed, all parts together
 * @param maxInflation how many times larger than its compressed size a part may grow (a decompression bomb grows
 *                     thousands of times; spreadsheet XML about ten)
 */
public record ImportLimits(long maxBytes, int maxRows, int maxColumns, long maxCells, long maxXmlBytes, int maxInflation) {

    static final ImportLimits DEFAULT = new ImportLimits(50L * 1024 * 1024, 100_000, 64, 1_000_000,
            256L * 1024 * 1024, 100);

    public long maxMegabytes() {
        return maxBytes / 1024 / 1024;
    }
}
