package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import vn.binhthuy.partybuilding.base.ui.YearParameter;
import vn.binhthuy.partybuilding.indicators.IndicatorGroup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dashboard filters as they appear in the URL: {@code ?year=2017&kind=WARD&group=A}. Unknown values are
 * dropped (and reported), so a mistyped link still opens a sensible page.
 */
record DashboardParameters(int year, String kind, String group, UnitChartDisplay display, Integer compare,
                           List<Problem> problems) {

    static final String KIND = "kind";
    static final String GROUP = "group";
    /**
     * The year to compare with: on the overview the KPI cards' (when not the year before), on the manifestations and
     * remediation pages the year whose figures stand next to the year's.
     */
    static final String COMPARE = "compare";
    static final Set<String> GROUPS = Set.copyOf(IndicatorGroup.codes());

    /** A parameter value that was not understood: the message key and the value. */
    record Problem(String messageKey, String value) {}

    static DashboardParameters parse(Location location, List<Integer> years, Set<String> kinds) {
        List<Problem> problems = new ArrayList<>();
        int year = YearParameter.valid(location, years).orElse(years.isEmpty() ? 0 : years.getLast());
        YearParameter.raw(location).filter(raw -> !raw.equals(String.valueOf(year)))
                .ifPresent(raw -> problems.add(new Problem("year.invalid", raw)));
        String kind = valid(location, KIND, kinds, "filter.kind.invalid", problems);
        String group = valid(location, GROUP, GROUPS, "filter.group.invalid", problems);
        // how the per-unit charts are shown: anything but the known values is the usual display
        UnitChartDisplay display = new UnitChartDisplay(
                location.getQueryParameters().getSingleParameter(UnitChartDisplay.SHOW)
                        .filter(UnitChartDisplay.SHARE::equals).isPresent(),
                UnitChartDisplay.Order.of(location.getQueryParameters().getSingleParameter(UnitChartDisplay.SORT)
                        .orElse(null)));
        // a year to compare with must have figures and differ from the year shown; otherwise it is dropped
        Optional<String> rawCompare = rawCompare(location);
        Integer compare = rawCompare.flatMap(DashboardParameters::integer)
                .filter(c -> years.contains(c) && c != year).orElse(null);
        if (rawCompare.isPresent() && compare == null) {
            problems.add(new Problem("filter.compare.invalid", rawCompare.get()));
        }
        return new DashboardParameters(year, kind, group, display, compare, List.copyOf(problems));
    }

    private static Optional<String> rawCompare(Location location) {
        return location.getQueryParameters().getSingleParameter(COMPARE).filter(v -> !v.isBlank());
    }

    /** Whether the location names a year to compare with that was dropped: then the URL is corrected, as for the year. */
    boolean compareDropped(Location location) {
        return compare == null && rawCompare(location).isPresent();
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String valid(Location location, String name, Set<String> allowed, String messageKey,
                                List<Problem> problems) {
        Optional<String> raw = location.getQueryParameters().getSingleParameter(name).filter(v -> !v.isBlank());
        if (raw.isPresent() && !allowed.contains(raw.get())) {
            problems.add(new Problem(messageKey, raw.get()));
            return null;
        }
        return raw.orElse(null);
    }

    /** The query string that reproduces these filters (year always, the others when set). */
    QueryParameters query() {
        Map<String, String> values = new HashMap<>();
        values.put(YearParameter.NAME, String.valueOf(year));
        if (kind != null) {
            values.put(KIND, kind);
        }
        if (group != null) {
            values.put(GROUP, group);
        }
        if (display.shares()) {
            values.put(UnitChartDisplay.SHOW, UnitChartDisplay.SHARE);
        }
        if (display.order().parameter() != null) {
            values.put(UnitChartDisplay.SORT, display.order().parameter());
        }
        if (compare != null) {
            values.put(COMPARE, String.valueOf(compare));
        }
        return QueryParameters.simple(values);
    }

    /**
     * The location's query with the year shown and without kind, group or compare values that were dropped; parameters this
     * record does not know (indicator, status...) are kept for their view to judge.
     */
    QueryParameters corrected(Location location) {
        Map<String, List<String>> values = new HashMap<>(location.getQueryParameters().getParameters());
        values.remove(KIND);
        values.remove(GROUP);
        values.remove(COMPARE);
        query().getParameters().forEach(values::put);
        return new QueryParameters(values);
    }

    /** Only the year: what a drill-down to a ward or a cell carries along. */
    QueryParameters yearOnly() {
        return QueryParameters.of(YearParameter.NAME, String.valueOf(year));
    }

    DashboardParameters withKind(String value) {
        return new DashboardParameters(year, value, group, display, compare, List.of());
    }

    DashboardParameters withGroup(String value) {
        return new DashboardParameters(year, kind, value, display, compare, List.of());
    }
}
