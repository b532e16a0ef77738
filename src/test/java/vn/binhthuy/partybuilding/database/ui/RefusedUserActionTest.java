package vn.binhthuy.partybuilding.database.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditEvent;
import vn.binhthuy.partybuilding.audit.AuditFilter;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.security.UserAccountService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service refusing the user during a click (Spring Security's AccessDeniedException, here a method only
 * administrators may call) is a refusal like any other: one ACCESS_DENIED row with the route and the reason, and
 * "not allowed" on the screen, not "unexpected error".
 */
class RefusedUserActionTest extends KaribuTest {

    @Autowired AuditLog audit;
    @Autowired UserAccountService accounts;

    private long refusals() {
        return audit.count(new AuditFilter("lanhdao", AuditAction.ACCESS_DENIED, null, null));
    }

    @Test
    void aRefusalInAClickListenerIsAuditedOnceAndShownAsNotAllowed() {
        UI.getCurrent().navigate("indicators");
        Button button = new Button("users", e -> accounts.list());
        UI.getCurrent().add(button);
        NotificationsKt.clearNotifications();
        long before = refusals();

        try {
            _click(button);
            throw new AssertionError("the service did not refuse");
        } catch (RuntimeException e) {
            // what the running server does with a listener's exception
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }

        assertThat(refusals()).isEqualTo(before + 1);
        AuditEvent refusal = audit.find(new AuditFilter("lanhdao", AuditAction.ACCESS_DENIED, null, null), 0, 1)
                .getFirst();
        assertThat(refusal.entityType()).isEqualTo("ACTION");
        assertThat(refusal.entityId()).isEqualTo("indicators");
        assertThat(refusal.summary()).startsWith("/indicators - ");
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).isEqualTo("Không có quyền truy cập"));
    }
}
