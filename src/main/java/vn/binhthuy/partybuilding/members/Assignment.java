package vn.binhthuy.partybuilding.members;

import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/**
 * A stretch of a member's membership in one cell (or cell-less organization), from a day to a day (null = still
 * there). Part of the member's aggregate: nothing refers to an assignment's own row.
 */
@Table("member_assignment")
record Assignment(long unitId, LocalDate validFrom, LocalDate validTo) {

    boolean covers(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    boolean isOpen() {
        return validTo == null;
    }

    Assignment endingOn(LocalDate lastDay) {
        return new Assignment(unitId, validFrom, lastDay);
    }
}
