package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.html.Div;
import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.EChart;

/** A card holding one chart, or a short message when the chart has nothing to show. */
public class ChartCard extends Div {

    private final EChart chart;

    private ChartCard(String id, EChart chart, String emptyText) {
        setId(id);
        addClassName("chart-card");
        this.chart = chart;
        if (chart != null) {
            add(chart);
        } else {
            Div empty = new Div(emptyText);
            empty.addClassName("chart-empty");
            add(empty);
        }
    }

    public static ChartCard of(String id, ChartOption option) {
        return new ChartCard(id, new EChart(option), null);
    }

    public static ChartCard empty(String id, String emptyText) {
        return new ChartCard(id, null, emptyText);
    }

    public ChartCard wide() {
        addClassName("wide");
        return this;
    }

    /** The chart, or null when the card shows the empty message. */
    public EChart getChart() {
        return chart;
    }
}
