package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import java.util.List;
import java.util.Optional;

/** The selected year lives in the URL as {@code ?year=2017}, so links, reloads and back/forward keep it. */
public final class YearParameter {

    public static final String NAME = "year";

    private YearParameter() {
    }

    /** The raw value of the parameter, if present. */
    public static Optional<String> raw(Location location) {
        return location.getQueryParameters().getSingleParameter(NAME);
    }

    /** The requested year when it is a number among the available years. */
    public static Optional<Integer> valid(Location location, List<Integer> availableYears) {
        return raw(location).flatMap(YearParameter::parse).filter(availableYears::contains);
    }

    public static QueryParameters with(Location location, int year) {
        return location.getQueryParameters().merging(NAME, String.valueOf(year));
    }

    private static Optional<Integer> parse(String value) {
        try {
            return Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
