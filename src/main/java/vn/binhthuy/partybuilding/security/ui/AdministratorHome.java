package vn.binhthuy.partybuilding.security.ui;

import vn.binhthuy.partybuilding.security.CurrentUser;
import vn.binhthuy.partybuilding.security.Role;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Administrators read no party data, so their start page is the user list rather than the district overview. */
@Component
class AdministratorHome implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    AdministratorHome(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::redirect));
    }

    private void redirect(BeforeEnterEvent event) {
        boolean home = event.getLocation().getPath().isEmpty();
        boolean readsData = currentUser.has(Role.LEADERSHIP) || currentUser.has(Role.ORG_BOARD)
                || currentUser.has(Role.SECRETARY);
        if (home && !readsData && currentUser.has(Role.ADMIN)) {
            event.rerouteTo(UsersView.class);
        }
    }
}
