package vn.binhthuy.partybuilding.dashboard;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.remediation.ui.PlanDialog;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PlanDialogTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    private long inProgressPlan() {
        return jdbc.queryForObject("""
                SELECT p.id FROM remediation_plan p JOIN unit o ON o.id = p.organization_id
                WHERE p.status = 'IN_PROGRESS' AND o.code = 'p-tra-noc' AND p.plan_year = 2019 ORDER BY p.id LIMIT 1""",
                Long.class);
    }

    /** A field of the open plan dialog, found as the user finds it. */
    private static <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    @Test
    void anInvalidReportIsRefusedWithItsMessageAndTheInputStays() {
        login("bantochuc");
        UI.getCurrent().navigate("remediation", QueryParameters.of("year", "2019"));
        RemediationView view = _get(RemediationView.class);

        view.openPlan(inProgressPlan());
        PlanDialog dialog = _get(PlanDialog.class);
        HasValueUtilsKt._setValue(field(DatePicker.class, "progress-date"), dialog.plan().createdOn().plusDays(1));
        HasValueUtilsKt._setValue(field(IntegerField.class, "progress-percent"), 120);
        HasValueUtilsKt._setValue(field(TextArea.class, "progress-note"), "Đã họp chi bộ");
        int version = dialog.plan().version();
        _click(_get(Button.class, spec -> spec.withId("progress-save")));

        NotificationsKt.expectNotifications("Tỷ lệ hoàn thành phải từ 0 đến 100.");
        assertThat(field(TextArea.class, "progress-note").getValue()).isEqualTo("Đã họp chi bộ");
        assertThat(jdbc.queryForObject("SELECT version FROM remediation_plan WHERE id = ?", Integer.class,
                dialog.plan().id())).isEqualTo(version);
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-title")).getText()).startsWith("Kế hoạch khắc phục");
    }

    @Test
    void leadershipSeesThePlanWithoutTheForms() {
        UI.getCurrent().navigate("remediation", QueryParameters.of("year", "2019"));

        _get(RemediationView.class).openPlan(inProgressPlan());

        assertThat(_find(Button.class, spec -> spec.withId("progress-save"))).isEmpty();
        assertThat(_get(PlanDialog.class).plan().status().name()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void theBoardCorrectsAPlansWordingAndTheChangeIsAudited() {
        long id = inProgressPlan();
        String original = jdbc.queryForObject("SELECT title FROM remediation_plan WHERE id = ?", String.class, id);
        login("bantochuc");
        UI.getCurrent().navigate("remediation", QueryParameters.of("year", "2019"));
        _get(RemediationView.class).openPlan(id);
        PlanDialog dialog = _get(PlanDialog.class);
        try {
            HasValueUtilsKt._setValue(field(TextField.class, "revise-title"), "  Khắc phục tình trạng sinh hoạt chi bộ chưa đều  ");
            _click(_get(Button.class, spec -> spec.withId("revise-save")));

            NotificationsKt.expectNotifications("Đã lưu.");
            assertThat(jdbc.queryForObject("SELECT title FROM remediation_plan WHERE id = ?", String.class, id))
                    .isEqualTo("Khắc phục tình trạng sinh hoạt chi bộ chưa đều");
            assertThat(_get(Paragraph.class, spec -> spec.withId("plan-title")).getText())
                    .isEqualTo("Khắc phục tình trạng sinh hoạt chi bộ chưa đều");
            assertThat(jdbc.queryForObject("""
                    SELECT COUNT(*) FROM audit_event WHERE entity_type = 'REMEDIATION_PLAN' AND entity_id = ?
                      AND before_value LIKE ? AND after_value LIKE '%chưa đều%'""", Long.class,
                    String.valueOf(id), "%" + original + "%")).isEqualTo(1);
        } finally {
            jdbc.update("UPDATE remediation_plan SET title = ? WHERE id = ?", original, id);
        }
    }

    @Test
    void aDeadlineBeforeThePlanWasMadeIsRefusedAndNothingChanges() {
        login("bithu.tranoc");
        UI.getCurrent().navigate("remediation", QueryParameters.of("year", "2019"));
        _get(RemediationView.class).openPlan(inProgressPlan());
        PlanDialog dialog = _get(PlanDialog.class);
        LocalDate deadline = dialog.plan().deadline();

        HasValueUtilsKt._setValue(field(DatePicker.class, "revise-deadline"), dialog.plan().createdOn().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("revise-save")));

        NotificationsKt.expectNotifications(
                "Hạn hoàn thành phải từ ngày lập kế hoạch đến tối đa 2 năm sau ngày đó.");
        assertThat(jdbc.queryForObject("SELECT deadline FROM remediation_plan WHERE id = ?", LocalDate.class,
                dialog.plan().id())).isEqualTo(deadline);
        assertThat(field(DatePicker.class, "revise-deadline").getValue()).isEqualTo(dialog.plan().createdOn().minusDays(1));
    }

    @Test
    void aRevisionBasedOnAnOutdatedReadIsRefusedAndTheInputStays() {
        long id = inProgressPlan();
        login("bantochuc");
        UI.getCurrent().navigate("remediation", QueryParameters.of("year", "2019"));
        _get(RemediationView.class).openPlan(id);
        PlanDialog dialog = _get(PlanDialog.class);
        jdbc.update("UPDATE remediation_plan SET version = version + 1 WHERE id = ?", id); // someone else saved

        HasValueUtilsKt._setValue(field(TextField.class, "revise-responsible"), "Đồng chí Bí thư chi bộ");
        _click(_get(Button.class, spec -> spec.withId("revise-save")));

        NotificationsKt.expectNotifications(
                "Người khác vừa cập nhật kế hoạch này. Nội dung bạn nhập vẫn còn trên màn hình; hãy đóng và mở lại để xem bản mới.");
        assertThat(field(TextField.class, "revise-responsible").getValue()).isEqualTo("Đồng chí Bí thư chi bộ");
        assertThat(jdbc.queryForObject("SELECT responsible_person FROM remediation_plan WHERE id = ?", String.class, id))
                .isNotEqualTo("Đồng chí Bí thư chi bộ");
    }

    @Test
    void aVerifiedPlanOffersNoRevision() {
        long verified = jdbc.queryForObject("""
                SELECT p.id FROM remediation_plan p JOIN unit o ON o.id = p.organization_id
                WHERE p.status = 'VERIFIED' AND o.code = 'p-tra-noc' ORDER BY p.id LIMIT 1""", Long.class);
        login("bantochuc");
        UI.getCurrent().navigate("remediation", QueryParameters.of("year", "2019"));
        _get(RemediationView.class).openPlan(verified);

        assertThat(_find(Button.class, spec -> spec.withId("revise-save"))).isEmpty();
    }
}
