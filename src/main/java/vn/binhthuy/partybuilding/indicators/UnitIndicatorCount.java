package vn.binhthuy.partybuilding.indicators;

/** Findings of one indicator in one grassroots organization: a cell of the ward × indicator heatmap. */
public record UnitIndicatorCount(long unitId, String unitCode, String unitName, int sortOrder, String indicatorCode,
                                 long findings) {
}
