package vn.binhthuy.partybuilding.database.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.binhthuy.partybuilding.database.DatabaseFailures;
import vn.binhthuy.partybuilding.database.DatabaseStatus;

import java.util.UUID;

/**
 * A page that could not be built. When the database is unreachable it says so, checks every few seconds and
 * opens the page again by itself once the database answers (no reload needed); any other failure gets a general
 * message and a reference to the log entry — never the exception's text. Stands outside the application shell,
 * which itself reads the database.
 */
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    static final int RETRY_MILLIS = 5000;
    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final DatabaseStatus databaseStatus;
    private final H2 title = new H2();
    private final Paragraph message = new Paragraph();
    private final Button retry = new Button();
    private Location location = new Location("");
    private boolean waitingForDatabase;
    private Registration polling;

    public ErrorView(DatabaseStatus databaseStatus) {
        this.databaseStatus = databaseStatus;
        addClassName("dashboard");
        setId("error-view");
        message.setId("error-message");
        retry.setId("error-retry");
        retry.setText(getTranslation("error.retry"));
        retry.addClickListener(click -> reopen());
        Anchor home = new Anchor(".", getTranslation("not-found.back"));
        home.setId("error-home");
        Div actions = new Div(retry, home);
        actions.addClassName("error-actions");
        add(title, message, actions);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        location = event.getLocation();
        waitingForDatabase = DatabaseFailures.isUnavailable(parameter.getCaughtException());
        if (waitingForDatabase) {
            log.warn("Database unavailable while opening /{}: {}", location.getPath(), parameter.getCaughtException().toString());
            title.setText(getTranslation("database.unavailable.title"));
            message.setText(getTranslation("database.unavailable.page"));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Could not open /{} [{}]", location.getPath(), reference, parameter.getCaughtException());
        title.setText(getTranslation("error.title"));
        message.setText(getTranslation("error.unexpected", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (waitingForDatabase) {
            UI ui = event.getUI();
            ui.setPollInterval(RETRY_MILLIS);
            polling = ui.addPollListener(poll -> {
                if (databaseStatus.isReachable()) {
                    reopen();
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
            event.getUI().setPollInterval(-1);
        }
    }

    private void reopen() {
        getUI().ifPresent(ui -> ui.navigate(location.getPath(), location.getQueryParameters()));
    }
}
