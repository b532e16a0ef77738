package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value of a bar or line series, with the key a click on it drills down to (a unit code, an indicator code),
 * sent to ECharts as the data item's {@code id}: the key travels with its value through any sorting, and a click
 * reports it as it is. An item without a key, or with the value 0 — a bar of no length, which cannot be clicked — is
 * written as the bare number, ECharts' shortest form: most bars of a stack per unit are 0, and the options of every
 * chart of a page are held in the session and sent with it (docs/benchmarks.md). The table twin still has the key.
 */
public record Item(Number value, String id) {

    public static Item of(Number value) {
        return new Item(value, null);
    }

    static List<Item> all(List<? extends Number> values) {
        return values.stream().map(Item::of).toList();
    }

    @JsonValue
    Object json() {
        if (id == null || value.doubleValue() == 0) {
            return value;
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("value", value);
        item.put("id", id);
        return item;
    }
}
