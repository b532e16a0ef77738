package vn.binhthuy.partybuilding.audit;

import java.time.LocalDate;

/** Criteria for reading the audit log; null means "any". Dates are inclusive. */
public record AuditFilter(String username, AuditAction action, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
