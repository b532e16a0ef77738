package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.chart.ChartOption;

/**
 * A chart's option — whose data items carry the drill keys (ECharts item ids) a click hands on — the height it needs,
 * and the scope its figures have (for its exports).
 */
record ChartModel(ChartOption option, int height, PageScope scope) {

    static final int DEFAULT_HEIGHT = 360;

    ChartModel(ChartOption option, PageScope scope) {
        this(option, DEFAULT_HEIGHT, scope);
    }
}
