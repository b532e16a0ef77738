package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.server.streams.DownloadHandler;
import vn.binhthuy.partybuilding.base.chart.ChartClickEvent;
import vn.binhthuy.partybuilding.base.chart.ChartDownloads;
import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.ChartTable;
import vn.binhthuy.partybuilding.base.chart.EChart;
import vn.binhthuy.partybuilding.base.i18n.Formats;


import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * A card with one chart and its "view as table" twin (an accessible HTML table of the same numbers), or a short
 * message when the chart has nothing to show. The twin is built when first asked for: built up front, hidden, it was
 * most of a page's UI state and UIDL (a 360-organization heatmap alone is 10.000 cells; docs/benchmarks.md).
 */
public class ChartCard extends Div {

    private final EChart chart;
    private final ChartOption option;
    private NativeTable tableView;
    private final Button toggle;
    private Div tools;
    private List<String> exportScope = List.of();
    private boolean drillable;

    public ChartCard(String id, ChartOption option, int height) {
        setId(id);
        addClassName("chart-card");
        this.option = option;
        ChartTable table = ChartTable.of(option);
        if (table.isEmpty()) {
            chart = null;
            toggle = null;
            tools = null;
            Div title = new Div(table.caption());
            title.addClassName("chart-card-title");
            Div empty = new Div(getTranslation("chart.empty"));
            empty.addClassName("chart-empty");
            add(title, empty);
            return;
        }
        chart = new EChart(option);
        chart.setHeight(height + "px");
        toggle = new Button(getTranslation("chart.show-table"), VaadinIcon.TABLE.create(), e -> toggleTable());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClassName("chart-card-toggle");
        Button fullScreen = new Button(VaadinIcon.EXPAND_SQUARE.create(),
                e -> getElement().executeJs("if (this.requestFullscreen) { this.requestFullscreen(); }"));
        fullScreen.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        fullScreen.setAriaLabel(getTranslation("chart.fullscreen"));
        fullScreen.setTooltipText(getTranslation("chart.fullscreen"));
        fullScreen.addClassName("chart-card-fullscreen");
        tools = new Div(toggle, fullScreen);
        tools.addClassName("chart-card-tools");
        add(tools, chart);
    }

    /**
     * Adds the download menu: PNG (high resolution) and SVG drawn by the browser, CSV (UTF-8 with BOM) and
     * XLSX written by the server, both with the scope (unit, year, filters) above the table. The menu is built when
     * first opened: a page has nine of them and few are ever opened, while built up front they were a fifth of the
     * page's first response and of what the session keeps (docs/benchmarks.md, session 7).
     */
    public ChartCard exportable(ChartDownloads exporter, List<String> filters) {
        if (chart == null) {
            return this;
        }
        exportScope = List.copyOf(filters);
        String id = getId().orElse("chart");
        Button opener = new Button(getTranslation("chart.download"), VaadinIcon.DOWNLOAD.create());
        opener.setId(id + "-export");
        opener.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        opener.getElement().setAttribute("aria-haspopup", "dialog");
        opener.addClickListener(e -> {
            e.unregisterListener();
            Popover menu = downloadMenu(id, exporter, filters);
            menu.setTarget(opener);
            tools.add(menu);
            menu.open();
        });
        tools.add(opener);
        return this;
    }

    /** Opens on later clicks of its button by itself, without asking the server. */
    private Popover downloadMenu(String id, ChartDownloads exporter, List<String> filters) {
        String file = chart.getOption().fileName();
        Popover menu = new Popover();
        menu.setId(id + "-downloads");
        menu.setPosition(PopoverPosition.BOTTOM_END);
        menu.setAutofocus(true);
        menu.setAriaLabel(getTranslation("chart.download"));
        Button png = new Button(getTranslation("chart.download.png"), e -> {
            menu.close();
            chart.getElement().callJsFunction("downloadImage", "png", file + ".png");
            exporter.recordImageExport(file + ".png", "PNG");
        });
        png.setId(id + "-png");
        Button svg = new Button(getTranslation("chart.download.svg"), e -> {
            menu.close();
            chart.getElement().callJsFunction("downloadImage", "svg", file + ".svg");
            exporter.recordImageExport(file + ".svg", "SVG");
        });
        svg.setId(id + "-svg");
        for (Button image : List.of(png, svg)) {
            image.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        Anchor csv = download(getTranslation("chart.download.csv"), file + ".csv", "text/csv; charset=UTF-8",
                out -> exporter.writeCsv(getTable(), filters, file + ".csv", out));
        Anchor xlsx = download(getTranslation("chart.download.xlsx"), file + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out -> exporter.writeXlsx(getTable(), filters, file + ".xlsx", out));
        for (Anchor data : List.of(csv, xlsx)) {
            data.getElement().addEventListener("click", e -> menu.close());
        }
        Div items = new Div(png, svg, csv, xlsx);
        items.addClassName("chart-downloads-list");
        menu.add(items);
        return menu;
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static Anchor download(String text, String fileName, String contentType, Writing writing) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            try (OutputStream out = event.getOutputStream()) {
                writing.to(out);
            }
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.addClassName("chart-download-" + fileName.substring(fileName.lastIndexOf('.') + 1));
        return anchor;
    }

    private void toggleTable() {
        if (tableView == null) {
            tableView = render(getTable(), getLocale(), drillable ? this::drillFromTable : null);
            tableView.setVisible(false);
            add(tableView);
        }
        boolean showTable = !tableView.isVisible();
        tableView.setVisible(showTable);
        // hidden by CSS, not setVisible: Flow holds back calls to an invisible element, so the PDF briefing's
        // request for this chart's image would never be answered
        setClassName("showing-table", showTable);
        toggle.setText(getTranslation(showTable ? "chart.show-chart" : "chart.show-table"));
        toggle.setIcon((showTable ? VaadinIcon.BAR_CHART : VaadinIcon.TABLE).create());
    }

    /** A row of the table twin opened from the keyboard: the same drill-down as a click on that bar. */
    private void drillFromTable(int row) {
        ChartTable.Row opened = getTable().rows().get(row);
        ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, false, opened.label(), null, -1, row, opened.key()));
    }

    private static NativeTable render(ChartTable table, Locale locale, IntConsumer drill) {
        NativeTable html = new NativeTable();
        html.addClassName("chart-table");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(table.caption());
        html.add(caption);
        NativeTableRow header = new NativeTableRow(new NativeTableHeaderCell(""));
        table.columns().forEach(c -> header.add(new NativeTableHeaderCell(c)));
        NativeTableHeader head = new NativeTableHeader(header);
        NativeTableBody body = new NativeTableBody();
        for (int index = 0; index < table.rows().size(); index++) {
            ChartTable.Row row = table.rows().get(index);
            NativeTableHeaderCell label = new NativeTableHeaderCell();
            if (drill == null) {
                label.setText(row.label());
            } else {
                // a real button: reachable with Tab, opened with Enter or Space, like a click on the bar
                int rowIndex = index;
                NativeButton open = new NativeButton(row.label(), e -> drill.accept(rowIndex));
                open.addClassName("chart-table-drill");
                label.add(open);
            }
            label.getElement().setAttribute("scope", "row");
            NativeTableRow tr = new NativeTableRow(label);
            for (int c = 0; c < row.values().size(); c++) {
                tr.add(new NativeTableCell(table.text(c, row.values().get(c), v -> Formats.decimal(v, locale))));
            }
            body.add(tr);
        }
        html.add(head, body);
        return html;
    }

    /** A key under the chart (e.g. what the codes A1…C9 on an axis stand for), folded until opened. */
    public ChartCard withKey(String summary, List<String> entries) {
        if (chart != null) {
            UnorderedList list = new UnorderedList(entries.stream().map(ListItem::new).toArray(ListItem[]::new));
            list.addClassName("chart-key-list");
            Details key = new Details(summary, list);
            key.addClassName("chart-key");
            add(key);
        }
        return this;
    }

    public ChartCard wide() {
        addClassName("wide");
        return this;
    }

    public boolean isEmpty() {
        return chart == null;
    }

    /** The chart, or null when the card shows the empty message. */
    public EChart getChart() {
        return chart;
    }

    /**
     * The numbers behind the chart, as shown in the table twin: read from the chart's option when asked for (the table
     * twin opened, a download, a click to check), not kept beside it in the session.
     */
    public ChartTable getTable() {
        return ChartTable.of(option);
    }

    /** The lines written above the table in the CSV and XLSX downloads: unit, year, filters. */
    public List<String> getExportScope() {
        return exportScope;
    }

    public boolean isShowingTable() {
        return tableView != null && tableView.isVisible();
    }

    public void onClick(ComponentEventListener<ChartClickEvent> listener) {
        if (chart != null) {
            chart.addChartClickListener(listener);
            chart.addClassName("clickable");
            drillable = true;
        }
    }

    /**
     * Hands the drill key of a clicked item (or of an opened row of the table twin) to the action. A key the chart
     * does not carry — a click the page never offered, crafted in the browser — is ignored.
     */
    public void onDrill(Consumer<String> drill) {
        onClick(click -> getTable().rowWithKey(click.getItemId()).map(ChartTable.Row::key).ifPresent(drill));
    }

    public Button getToggle() {
        return toggle;
    }
}
