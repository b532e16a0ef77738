package vn.binhthuy.partybuilding.members.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.members.MemberRegister;
import vn.binhthuy.partybuilding.members.MemberRow;

import java.time.LocalDate;

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

    // rolled back: the saves run in the test thread, inside the test's transaction
    @Transactional
    @Test
    void theOfficialDayIsEditedNeverBeforeTheAdmissionAndADepartureKeepsItsReason() {
        MemberRow member = openCorrection("bantochuc", 2);
        DatePicker official = _get(DatePicker.class, spec -> spec.withId("correct-official"));
        // a member still in the register has no reason to give
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(TextField.class,
                spec -> spec.withId("correct-departure-reason"));
        HasValueUtilsKt._setValue(official, member.admittedOn().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("correct-save")));
        NotificationsKt.expectNotifications("Ngày chính thức không được trước ngày vào Đảng và không sau hôm nay.");
        assertThat(official.getValue()).isEqualTo(member.admittedOn().minusDays(1));

        HasValueUtilsKt._setValue(official, member.admittedOn().plusYears(1));
        _click(_get(Button.class, spec -> spec.withId("correct-save")));
        NotificationsKt.expectNotifications("Đã lưu.");
        assertThat(jdbc.queryForObject("SELECT official_on FROM party_member WHERE id = ?", LocalDate.class,
                member.id())).isEqualTo(member.admittedOn().plusYears(1));

        MembersView view = _get(MembersView.class);
        MemberRow read = register.find(new vn.binhthuy.partybuilding.members.MemberFilter(member.code(), null, true),
                vn.binhthuy.partybuilding.members.MemberSort.CODE, true, 0, 1).getFirst();
        view.leftDialog(read);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("left-date")), LocalDate.of(2026, 6, 1));
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("left-reason")), "Từ trần");
        _click(_get(Button.class, spec -> spec.withId("left-save")));
        assertThat(jdbc.queryForMap("SELECT left_on, departure_reason FROM party_member WHERE id = ?", member.id()))
                .containsEntry("left_on", java.sql.Date.valueOf("2026-06-01"))
                .containsEntry("departure_reason", "Từ trần");
    }
}
