package vn.binhthuy.partybuilding.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Aggregated rows (one per category and stack, as SQL returned them) arranged for a stacked chart: the categories in
 * the order they first appear, and for each stack one value per category (0 where SQL returned no row).
 */
final class Categories<R> {

    private final List<R> rows;
    private final Function<R, String> key;
    private final Map<String, String> labels = new LinkedHashMap<>();

    Categories(List<R> rows, Function<R, String> key, Function<R, String> label) {
        this.rows = rows;
        this.key = key;
        rows.forEach(r -> labels.putIfAbsent(key.apply(r), label.apply(r)));
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
        return keys().indexOf(categoryKey);
    }

    /** One value per category for the rows of one stack. */
    List<Long> values(Predicate<R> inStack, ToLongFunction<R> value) {
        return labels.keySet().stream()
                .map(k -> rows.stream().filter(r -> key.apply(r).equals(k) && inStack.test(r)).mapToLong(value).sum())
                .toList();
    }
}
