package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.chart.ChartOption;

import java.util.List;

/**
 * A chart's option, the key behind each category (a unit code, an indicator code...), so that a click on the
 * n-th bar can be turned into a drill-down without parsing labels, and the scope its figures have (for its exports).
 */
record ChartModel(ChartOption option, List<String> categoryKeys, int height, PageScope scope) {

    static final int DEFAULT_HEIGHT = 360;

    ChartModel(ChartOption option, List<String> categoryKeys, PageScope scope) {
        this(option, categoryKeys, DEFAULT_HEIGHT, scope);
    }

    /** The key of the clicked category, if the index is one of ours. */
    java.util.Optional<String> keyAt(int index) {
        return index >= 0 && index < categoryKeys.size()
                ? java.util.Optional.of(categoryKeys.get(index)) : java.util.Optional.empty();
    }
}
