package vn.binhthuy.partybuilding.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/** Inserts and reads audit rows; there is deliberately no update or delete. */
@Repository
class AuditQueries {

    private static final String FILTER = """
            WHERE (:username IS NULL OR username = :username)
              AND (:action IS NULL OR action = :action)
              AND (:from IS NULL OR occurred_at >= :from)
              AND (:to IS NULL OR occurred_at < :to + INTERVAL 1 DAY)""";

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(LocalDateTime at, String username, AuditAction action, String entityType, String entityId,
                String summary, String before, String after, String remoteAddress) {
        jdbc.sql("""
                        INSERT INTO audit_event (occurred_at, username, action, entity_type, entity_id, summary,
                                                 before_value, after_value, remote_address)
                        VALUES (:at, :username, :action, :entityType, :entityId, :summary, :before, :after, :remote)""")
                .param("at", at).param("username", username).param("action", action.name())
                .param("entityType", entityType).param("entityId", entityId).param("summary", summary)
                .param("before", before).param("after", after).param("remote", remoteAddress)
                .update();
    }

    List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        return bind(jdbc.sql("""
                        SELECT id, occurred_at, username, action, entity_type, entity_id, summary, before_value,
                               after_value, remote_address
                        FROM audit_event
                        """ + FILTER + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset"), filter)
                .param("limit", limit).param("offset", offset)
                .query(AuditEvent.class).list();
    }

    /** Rows of the given actions only, filtered in SQL (the actions are enum names, never user input). */
    List<AuditEvent> findActions(Collection<AuditAction> actions, int offset, int limit) {
        return jdbc.sql("""
                        SELECT id, occurred_at, username, action, entity_type, entity_id, summary, before_value,
                               after_value, remote_address
                        FROM audit_event WHERE action IN (:actions)
                        ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("actions", names(actions)).param("limit", limit).param("offset", offset)
                .query(AuditEvent.class).list();
    }

    long countActions(Collection<AuditAction> actions) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action IN (:actions)")
                .param("actions", names(actions)).query(Long.class).single();
    }

    /** Whether the user signed in from this address since the given time. */
    boolean signedInFrom(String username, String remoteAddress, LocalDateTime since) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM audit_event WHERE username = :username AND occurred_at >= :since
                                       AND action = 'LOGIN_SUCCEEDED' AND remote_address = :address)""")
                .param("username", username).param("address", remoteAddress).param("since", since)
                .query(Boolean.class).single();
    }

    private static List<String> names(Collection<AuditAction> actions) {
        return actions.stream().map(Enum::name).toList();
    }

    long count(AuditFilter filter) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM audit_event " + FILTER), filter).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AuditFilter filter) {
        return spec.param("username", filter.username() == null || filter.username().isBlank() ? null : filter.username())
                .param("action", filter.action() == null ? null : filter.action().name())
                .param("from", filter.from()).param("to", filter.to());
    }
}
