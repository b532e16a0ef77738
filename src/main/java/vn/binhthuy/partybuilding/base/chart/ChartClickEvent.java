package vn.binhthuy.partybuilding.base.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a data item of the chart: which series, which item, and the item's id — the drill key the server put
 * on it (a unit or indicator code), or null for an item without one. The browser reports what it was sent; a
 * listener that acts on the id must still check that the chart offered it (see ChartCard#onDrill).
 */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<EChart> {

    private final String name;
    private final String seriesName;
    private final int seriesIndex;
    private final int dataIndex;
    private final String itemId;

    public ChartClickEvent(EChart source, boolean fromClient,
                           @EventData("event.detail.name") String name,
                           @EventData("event.detail.seriesName") String seriesName,
                           @EventData("event.detail.seriesIndex") int seriesIndex,
                           @EventData("event.detail.dataIndex") int dataIndex,
                           @EventData("event.detail.id") String itemId) {
        super(source, fromClient);
        this.name = name;
        this.seriesName = seriesName;
        this.seriesIndex = seriesIndex;
        this.dataIndex = dataIndex;
        this.itemId = itemId;
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

    /** The clicked item's id (its drill key), or null when the item has none. */
    public String getItemId() {
        return itemId;
    }
}
