package vn.binhthuy.partybuilding.audit.ui;

import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditEvent;
import vn.binhthuy.partybuilding.audit.AuditFilter;
import vn.binhthuy.partybuilding.audit.AuditLog;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.binhthuy.partybuilding.KaribuTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Organization Board sees who changed whose access; nobody else reads that list through this view. */
class AccessChangesViewTest extends KaribuTest {

    @Autowired AuditLog audit;

    @Test
    void theBoardSeesRoleChangesWithBeforeAndAfterAndNothingElse() {
        audit.recordAs("quantri", AuditAction.USER_UPDATED, "USER", "bithu.tranoc", null,
                "{\"roles\":[\"SECRETARY\"]}", "{\"roles\":[\"SECRETARY\",\"ORG_BOARD\"]}", "127.0.0.1");
        audit.recordAs("quantri", AuditAction.LOGIN_SUCCEEDED, "USER", "quantri", null, null, null, "127.0.0.1");
        login("bantochuc");
        AccessChangesView view = navigateTo(AccessChangesView.class);

        List<AuditEvent> rows = GridKt._fetch(view.getGrid(), 0, 500);
        assertThat(rows.getFirst().entityId()).isEqualTo("bithu.tranoc");
        assertThat(rows.getFirst().afterValue()).contains("ORG_BOARD");
        assertThat(GridKt._getFormattedRow(view.getGrid(), 0)).contains("quantri", "Sửa người dùng", "bithu.tranoc");
        assertThat(rows).allMatch(e -> AuditLog.ACCESS_CHANGES.contains(e.action()));
        assertThat(GridKt._size(view.getGrid())).isEqualTo((int) AuditLog.ACCESS_CHANGES.stream()
                .mapToLong(a -> audit.count(new AuditFilter(null, a, null, null))).sum());
    }

    @Test
    void onlyTheBoardReadsIt() {
        for (String user : List.of("lanhdao", "bithu.longtuyen", "quantri")) {
            login(user);
            assertThatThrownBy(() -> audit.accessChanges(0, 10)).isInstanceOf(AccessDeniedException.class);
            try {
                UI.getCurrent().navigate(AccessChangesView.class);
            } catch (Throwable refusedByRole) {
                // Karibu may report Vaadin's refusal as an exception
            }
            assertThat(LocatorJ._find(AccessChangesView.class)).as(user).isEmpty();
        }
    }
}
