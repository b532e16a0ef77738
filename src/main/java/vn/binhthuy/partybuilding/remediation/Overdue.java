package vn.binhthuy.partybuilding.remediation;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one definition of an overdue plan: not completed yet and past its deadline on the day asked about. Queries
 * use {@link #condition(String)}, which reads the parameter {@code :asOf}.
 */
public final class Overdue {

    private static final String OPEN_STATUSES = Arrays.stream(PlanStatus.values())
            .filter(status -> !status.isCompleted())
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));

    private Overdue() {
    }

    /** SQL that is true for an overdue plan of the table alias given; the caller binds {@code :asOf}. */
    public static String condition(String planAlias) {
        String prefix = planAlias == null || planAlias.isEmpty() ? "" : planAlias + ".";
        return "(" + prefix + "status IN (" + OPEN_STATUSES + ") AND " + prefix + "deadline < :asOf)";
    }
}
