package vn.binhthuy.partybuilding.indicators;

/** How many findings of one indicator were recorded (members and collectives, all sources). */
public record IndicatorFrequency(String code, String groupCode, String titleVi, String titleEn, long findings) {
}
