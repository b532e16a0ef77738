package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.chart.ChartOption;

import java.util.List;

/**
 * A chart's option and the key behind each category (a unit code), so that a click on the n-th bar
 * can be turned into a drill-down without parsing labels.
 */
record ChartModel(ChartOption option, List<String> categoryKeys, int height) {

    boolean isEmpty() {
        return categoryKeys.isEmpty();
    }
}
