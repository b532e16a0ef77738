package vn.binhthuy.partybuilding.indicators;

import java.util.Optional;

/**
 * Which manifestations to count: one indicator (A1…C9), one group (A, B, C), or all 27 when both are empty.
 */
public record IndicatorSelection(String indicatorCode, String groupCode) {

    public static final IndicatorSelection ALL = new IndicatorSelection(null, null);

    public static IndicatorSelection indicator(String code) {
        return new IndicatorSelection(code, null);
    }

    public static IndicatorSelection group(String group) {
        return new IndicatorSelection(null, group);
    }

    public Optional<String> indicator() {
        return Optional.ofNullable(indicatorCode);
    }

    public Optional<String> group() {
        return Optional.ofNullable(groupCode);
    }
}
