package vn.binhthuy.partybuilding.audit.ui;

import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditEvent;
import vn.binhthuy.partybuilding.audit.AuditFilter;
import vn.binhthuy.partybuilding.audit.AuditLog;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AuditViewTest extends KaribuTest {

    @Autowired AuditLog audit;

    @Test
    void administratorsReadTheLogNewestFirstAndFilterIt() {
        audit.recordAs("lanhdao", AuditAction.EXPORT, "CHART", "xep-loai-dang-vien", "Xuất PNG", null, null, "127.0.0.1");
        audit.recordAs("bantochuc", AuditAction.RECORD_UPDATED, "MEMBER_RATING", "42", null,
                "{\"level\":\"HTNV\"}", "{\"level\":\"HTTNV\"}", "127.0.0.1");
        login("quantri");
        AuditView view = navigateTo(AuditView.class);

        List<AuditEvent> newest = GridKt._fetch(view.getGrid(), 0, 2);
        assertThat(newest.getFirst().action()).isEqualTo(AuditAction.RECORD_UPDATED);
        assertThat(newest.getFirst().beforeValue()).isEqualTo("{\"level\":\"HTNV\"}");
        assertThat(GridKt._getFormattedRow(view.getGrid(), 0)).contains("bantochuc", "Sửa bản ghi");

        @SuppressWarnings("unchecked")
        Select<String> action = _get(Select.class, spec -> spec.withId("audit-action"));
        HasValueUtilsKt._setValue(action, "EXPORT");

        assertThat(GridKt._size(view.getGrid())).isEqualTo((int) audit.count(
                new AuditFilter(null, AuditAction.EXPORT, null, null)));
        assertThat(GridKt._fetch(view.getGrid(), 0, 50)).allMatch(e -> e.action() == AuditAction.EXPORT);
    }

    @Test
    void aRefusedPageIsAudited() {
        long before = audit.count(new AuditFilter("bithu.longtuyen", AuditAction.ACCESS_DENIED, null, null));
        login("bithu.longtuyen");

        UI.getCurrent().navigate("ward/p-tra-noc");

        assertThat(audit.count(new AuditFilter("bithu.longtuyen", AuditAction.ACCESS_DENIED, null, null)))
                .isEqualTo(before + 1);
        assertThat(audit.find(new AuditFilter("bithu.longtuyen", AuditAction.ACCESS_DENIED, null, null), 0, 1)
                .getFirst().summary()).startsWith("/ward/p-tra-noc - ");
    }
}
