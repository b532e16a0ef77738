package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.chart.Item;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/**
 * Aggregated rows (one per category and stack, as SQL returned them) arranged for a stacked chart: the categories in
 * the order they first appear, and for each stack one value per category (0 where SQL returned no row).
 * Linear in the rows: at province scale (3.600 organizations, 10.000 rows) the former scan of all rows per
 * category took seconds (docs/benchmarks.md).
 */
final class Categories<R> {

    private final List<R> rows;
    private final Function<R, String> key;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();

    Categories(List<R> rows, Function<R, String> key, Function<R, String> label) {
        this.rows = rows;
        this.key = key;
        for (R row : rows) {
            String k = key.apply(row);
            if (!labels.containsKey(k)) {
                positions.put(k, labels.size());
                labels.put(k, label.apply(row));
            }
        }
    }

    List<String> keys() {
        return new ArrayList<>(labels.keySet());
    }

    List<String> labels() {
        return new ArrayList<>(labels.values());
    }

    int size() {
        return labels.size();
    }

    int indexOf(String categoryKey) {
        return positions.getOrDefault(categoryKey, -1);
    }

    /** One item per category for the rows of one stack, each carrying its category's key as its drill key. */
    List<Item> items(Predicate<R> inStack, ToLongFunction<R> value) {
        List<Long> values = values(inStack, value);
        List<String> keys = keys();
        return IntStream.range(0, values.size()).mapToObj(i -> new Item(values.get(i), keys.get(i))).toList();
    }

    /** One value per category for the rows of one stack. */
    List<Long> values(Predicate<R> inStack, ToLongFunction<R> value) {
        long[] sums = new long[labels.size()];
        for (R row : rows) {
            if (inStack.test(row)) {
                sums[positions.get(key.apply(row))] += value.applyAsLong(row);
            }
        }
        return Arrays.stream(sums).boxed().toList();
    }
}
