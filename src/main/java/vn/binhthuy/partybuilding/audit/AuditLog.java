package vn.binhthuy.partybuilding.audit;

import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The audit log: who did what and when, with before/after snapshots of changed records. Append-only: this
 * service offers no way to change or remove an entry. Other features call {@link #record} for every change,
 * import and export.
 */
@Service
public class AuditLog {

    /** The actions that change who may do what: shown to the Organization Board. */
    public static final Set<AuditAction> ACCESS_CHANGES = EnumSet.of(AuditAction.USER_CREATED,
            AuditAction.USER_UPDATED, AuditAction.USER_PASSWORD_RESET, AuditAction.USER_UNLOCKED);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditQueries queries;
    private final Clock clock;

    public AuditLog(AuditQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Records an action of the signed-in user; before/after are serialized to JSON (pass snapshots without secrets). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String entityType, String entityId, String summary, Object before,
                       Object after) {
        recordAs(currentUsername(), action, entityType, entityId, summary, before, after, currentRemoteAddress());
    }

    /** Records an action on behalf of a given user name (e.g. a failed login, before anyone is signed in). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String username, AuditAction action, String entityType, String entityId, String summary,
                         Object before, Object after, String remoteAddress) {
        queries.insert(LocalDateTime.now(clock), truncate(username, 64), action, entityType, entityId,
                truncate(summary, 500), toJson(before), toJson(after), truncate(remoteAddress, 64));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        return queries.find(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return queries.count(filter);
    }

    /** Who changed whose access: for the Organization Board, which oversees the administrators. Newest first. */
    @Secured("ROLE_ORG_BOARD")
    @Transactional(readOnly = true)
    public List<AuditEvent> accessChanges(int offset, int limit) {
        return queries.findActions(ACCESS_CHANGES, offset, limit);
    }

    @Secured("ROLE_ORG_BOARD")
    @Transactional(readOnly = true)
    public long countAccessChanges() {
        return queries.countActions(ACCESS_CHANGES);
    }

    /** Whether the user signed in successfully from this address since the given time. */
    @Transactional(readOnly = true)
    public boolean signedInFrom(String username, String remoteAddress, LocalDateTime since) {
        return remoteAddress != null && queries.signedInFrom(username, remoteAddress, since);
    }

    private static String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String text ? text : JSON.writeValueAsString(value);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "(system)" : authentication.getName();
    }

    private static String currentRemoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
