package vn.binhthuy.partybuilding.database.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.binhthuy.partybuilding.database.DatabaseFailures;

import java.util.UUID;

/**
 * What a user sees when a click or a save fails: during a database outage "the database cannot be reached, your
 * input is kept" (the open form stays as it was), otherwise a general message with a reference to the log entry.
 * Never the exception's or the SQL's text.
 */
@Component
class DatabaseErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(DatabaseErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        String message;
        if (DatabaseFailures.isUnavailable(failure)) {
            log.warn("Database unavailable during a user action: {}", failure.toString());
            message = "database.unavailable";
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error during a user action [{}]", reference, failure);
            message = "error.unexpected";
            show(message, reference);
            return;
        }
        show(message);
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
