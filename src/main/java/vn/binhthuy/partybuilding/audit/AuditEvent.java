package vn.binhthuy.partybuilding.audit;

import java.time.LocalDateTime;

/** One row of the audit log; before/after hold JSON snapshots of a changed record (never secrets). */
public record AuditEvent(long id, LocalDateTime occurredAt, String username, AuditAction action, String entityType,
                         String entityId, String summary, String beforeValue, String afterValue,
                         String remoteAddress) {
}
