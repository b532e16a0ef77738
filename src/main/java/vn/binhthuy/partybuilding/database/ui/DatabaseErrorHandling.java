package vn.binhthuy.partybuilding.database.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.database.DatabaseFailures;

import java.util.Optional;
import java.util.UUID;

/**
 * What a user sees when a click or a save fails: during a database outage "the database cannot be reached, your
 * input is kept" (the open form stays as it was); a service refusing the user (Spring Security's
 * AccessDeniedException, e.g. a click on data outside their scope) "not allowed", audited as ACCESS_DENIED like
 * every other refusal; otherwise a general message with a reference to the log entry. Never the exception's or the
 * SQL's text.
 */
@Component
class DatabaseErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(DatabaseErrorHandling.class);

    private final AuditLog audit;

    DatabaseErrorHandling(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        if (DatabaseFailures.isUnavailable(failure)) {
            log.warn("Database unavailable during a user action: {}", failure.toString());
            show("database.unavailable");
            return;
        }
        Optional<AccessDeniedException> refusal = accessDenied(failure);
        if (refusal.isPresent()) {
            refused(refusal.get());
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error during a user action [{}]", reference, failure);
        show("error.unexpected", reference);
    }

    private void refused(AccessDeniedException refusal) {
        String path = UI.getCurrent() == null ? ""
                : UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        log.info("Refused during a user action on /{}: {}", path, refusal.getMessage());
        try {
            audit.record(AuditAction.ACCESS_DENIED, "ACTION", path.length() <= 64 ? path : path.substring(0, 64),
                    "/" + path + " - " + refusal.getMessage(), null, null);
        } catch (RuntimeException e) {
            log.warn("Refusal on /{} could not be audited: {}", path, e.toString());
        }
        show("access-denied.title");
    }

    private static Optional<AccessDeniedException> accessDenied(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException denied) {
                return Optional.of(denied);
            }
        }
        return Optional.empty();
    }

    private static void show(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Notification notification = new Notification(ui.getTranslation(key, arguments), 8000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("error-notification");
        notification.open();
    }
}
