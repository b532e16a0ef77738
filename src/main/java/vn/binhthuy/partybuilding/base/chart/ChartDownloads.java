package vn.binhthuy.partybuilding.base.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * What a chart card's download menu needs from the server: the chart's numbers as CSV and XLSX under the scope
 * lines, and a record of the images the browser saved. Defined here so that the card knows no feature; the export
 * feature implements it.
 */
public interface ChartDownloads {

    void writeCsv(ChartTable table, List<String> scope, String fileName, OutputStream out) throws IOException;

    void writeXlsx(ChartTable table, List<String> scope, String fileName, OutputStream out) throws IOException;

    void recordImageExport(String fileName, String format);
}
