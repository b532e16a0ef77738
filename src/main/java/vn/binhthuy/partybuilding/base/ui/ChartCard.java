package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.binhthuy.partybuilding.base.chart.ChartClickEvent;
import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.ChartTable;
import vn.binhthuy.partybuilding.base.chart.EChart;
import vn.binhthuy.partybuilding.base.i18n.Formats;

import java.util.Locale;

/**
 * A card with one chart and its "view as table" twin (an accessible HTML table of the same numbers), or a short
 * message when the chart has nothing to show.
 */
public class ChartCard extends Div {

    private final EChart chart;
    private final ChartTable table;
    private final NativeTable tableView;
    private final Button toggle;

    public ChartCard(String id, ChartOption option, int height) {
        setId(id);
        addClassName("chart-card");
        table = ChartTable.of(option);
        if (table.isEmpty()) {
            chart = null;
            tableView = null;
            toggle = null;
            Div title = new Div(table.caption());
            title.addClassName("chart-card-title");
            Div empty = new Div(getTranslation("chart.empty"));
            empty.addClassName("chart-empty");
            add(title, empty);
            return;
        }
        chart = new EChart(option);
        chart.setHeight(height + "px");
        tableView = render(table, getLocale());
        tableView.setVisible(false);
        toggle = new Button(getTranslation("chart.show-table"), VaadinIcon.TABLE.create(), e -> toggleTable());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClassName("chart-card-toggle");
        add(toggle, chart, tableView);
    }

    private void toggleTable() {
        boolean showTable = !tableView.isVisible();
        tableView.setVisible(showTable);
        chart.setVisible(!showTable);
        toggle.setText(getTranslation(showTable ? "chart.show-chart" : "chart.show-table"));
        toggle.setIcon((showTable ? VaadinIcon.BAR_CHART : VaadinIcon.TABLE).create());
    }

    private static NativeTable render(ChartTable table, Locale locale) {
        NativeTable html = new NativeTable();
        html.addClassName("chart-table");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(table.caption());
        html.add(caption);
        NativeTableRow header = new NativeTableRow(new NativeTableHeaderCell(""));
        table.columns().forEach(c -> header.add(new NativeTableHeaderCell(c)));
        NativeTableHeader head = new NativeTableHeader(header);
        NativeTableBody body = new NativeTableBody();
        for (ChartTable.Row row : table.rows()) {
            NativeTableHeaderCell label = new NativeTableHeaderCell(row.label());
            label.getElement().setAttribute("scope", "row");
            NativeTableRow tr = new NativeTableRow(label);
            row.values().forEach(v -> tr.add(new NativeTableCell(Formats.decimal(v, locale))));
            body.add(tr);
        }
        html.add(head, body);
        return html;
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

    /** The numbers behind the chart, as shown in the table twin. */
    public ChartTable getTable() {
        return table;
    }

    public boolean isShowingTable() {
        return tableView != null && tableView.isVisible();
    }

    public void onClick(ComponentEventListener<ChartClickEvent> listener) {
        if (chart != null) {
            chart.addChartClickListener(listener);
            chart.addClassName("clickable");
        }
    }

    public Button getToggle() {
        return toggle;
    }
}
