package vn.binhthuy.partybuilding.base.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A click on a data item of the chart: which series, which item (index into the category axis or data list). */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<EChart> {

    private final String name;
    private final String seriesName;
    private final int seriesIndex;
    private final int dataIndex;
    private final int categoryIndex;

    public ChartClickEvent(EChart source, boolean fromClient,
                           @EventData("event.detail.name") String name,
                           @EventData("event.detail.seriesName") String seriesName,
                           @EventData("event.detail.seriesIndex") int seriesIndex,
                           @EventData("event.detail.dataIndex") int dataIndex,
                           @EventData("event.detail.categoryIndex") int categoryIndex) {
        super(source, fromClient);
        this.name = name;
        this.seriesName = seriesName;
        this.seriesIndex = seriesIndex;
        this.dataIndex = dataIndex;
        this.categoryIndex = categoryIndex;
    }

    /** The category (or slice) name clicked, as shown on the chart. */
    public String getName() {
        return name;
    }

    public String getSeriesName() {
        return seriesName;
    }

    public int getSeriesIndex() {
        return seriesIndex;
    }

    public int getDataIndex() {
        return dataIndex;
    }

    /**
     * The row clicked: the index on the category axis for bars and lines, the row (y) index for a heatmap,
     * the slice index for a pie.
     */
    public int getCategoryIndex() {
        return categoryIndex;
    }
}
