package vn.binhthuy.partybuilding.members.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.members.MemberRegister;
import vn.binhthuy.partybuilding.members.MemberRow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MembersViewTest extends KaribuTest {

    @Autowired MemberRegister register;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aSecretarySearchesTheirOwnMembersPageByPage() {
        login("bithu.longtuyen");
        MembersView view = navigateTo(MembersView.class);

        int size = GridKt._size(view.grid());
        assertThat(size).isEqualTo((int) register.count(view.filter())).isGreaterThan(300);
        assertThat(GridKt._fetch(view.grid(), 100, 50)).hasSize(50)
                .allMatch(r -> "Phường Long Tuyền".equals(r.organizationName()));

        MemberRow someone = GridKt._get(view.grid(), 7);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("member-search")), someone.code());
        assertThat(GridKt._size(view.grid())).isEqualTo(1);
        assertThat(GridKt._get(view.grid(), 0).fullName()).isEqualTo(someone.fullName());
    }

    /** Signs in, opens the member list and the correction dialog of the member in that row. */
    private MemberRow openCorrection(String username, int row) {
        login(username);
        MembersView view = navigateTo(MembersView.class);
        MemberRow member = GridKt._get(view.grid(), row);
        view.correctDialog(member);
        return member;
    }

    private String storedName(MemberRow member) {
        return jdbc.queryForObject("SELECT full_name FROM party_member WHERE id = ?", String.class, member.id());
    }

    // rolled back: the save runs in the test thread, inside the test's transaction
    @Transactional
    @Test
    void theBoardCorrectsAMembersNameAndAWrongBirthYearIsRefusedKeepingTheInput() {
        MemberRow member = openCorrection("bantochuc", 3);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("correct-name")), "  Nguyễn Văn Sửa  ");
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("correct-birth-year")), 2020);
        _click(_get(Button.class, spec -> spec.withId("correct-save")));

        NotificationsKt.expectNotifications("Năm sinh không hợp lệ (đảng viên phải đủ 18 tuổi).");
        assertThat(_get(TextField.class, spec -> spec.withId("correct-name")).getValue()).isEqualTo("  Nguyễn Văn Sửa  ");
        assertThat(storedName(member))
                .isEqualTo(member.fullName());

        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("correct-birth-year")),
                member.birthYear());
        _click(_get(Button.class, spec -> spec.withId("correct-save")));

        NotificationsKt.expectNotifications("Đã lưu.");
        assertThat(storedName(member))
                .isEqualTo("Nguyễn Văn Sửa");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_event WHERE entity_type = 'PARTY_MEMBER' AND entity_id = ?
                  AND after_value LIKE '%Nguyễn Văn Sửa%'""", Long.class, member.code())).isEqualTo(1);
    }

    // rolled back: the other user's save is simulated in the test's transaction
    @Transactional
    @Test
    void aCorrectionBasedOnAnOutdatedReadIsRefused() {
        MemberRow member = openCorrection("bithu.longtuyen", 5);
        jdbc.update("UPDATE party_member SET version = version + 1 WHERE id = ?", member.id());

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("correct-name")), "Tên mới");
        _click(_get(Button.class, spec -> spec.withId("correct-save")));

        NotificationsKt.expectNotifications("Người khác vừa sửa thông tin đảng viên này. Nội dung bạn nhập vẫn còn trên "
                + "màn hình; hãy đóng và mở lại để xem bản mới.");
        assertThat(_get(TextField.class, spec -> spec.withId("correct-name")).getValue()).isEqualTo("Tên mới");
        assertThat(storedName(member))
                .isEqualTo(member.fullName());
    }
}
