package vn.binhthuy.partybuilding.security.ui;

import vn.binhthuy.partybuilding.security.CurrentUser;
import vn.binhthuy.partybuilding.security.UserAccountService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Until a user with a temporary password has chosen their own, every page leads to the password view. */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserAccountService accounts;

    ForcedPasswordChange(CurrentUser currentUser, UserAccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        // error pages too: one shown because the database is unreachable must not ask the database again
        if (target == PasswordView.class || target == LoginView.class
                || com.vaadin.flow.router.HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        currentUser.username().filter(accounts::mustChangePassword)
                .ifPresent(username -> event.rerouteTo(PasswordView.class));
    }
}
