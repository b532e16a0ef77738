package vn.binhthuy.partybuilding.base;

/**
 * Units and rating scales hold over a span of years: from a first year to a last one, or on without a last year (a
 * unit that still exists, the scale in force). The rule once, in Java and as SQL over the columns
 * {@code valid_from_year} and {@code valid_to_year}.
 */
public final class ValidYears {

    private ValidYears() {
    }

    /** Whether the span from {@code fromYear} to {@code toYear} (null = open) includes the year. */
    public static boolean include(int fromYear, Integer toYear, int year) {
        return fromYear <= year && (toYear == null || toYear >= year);
    }

    /**
     * SQL that keeps the rows of the table (alias) valid in the year; {@code year} is an SQL expression, usually a
     * parameter such as {@code :year}.
     */
    public static String condition(String alias, String year) {
        return "(" + alias + ".valid_from_year <= " + year
                + " AND (" + alias + ".valid_to_year IS NULL OR " + alias + ".valid_to_year >= " + year + "))";
    }
}
