package vn.binhthuy.partybuilding.security;

import vn.binhthuy.partybuilding.security.ui.UsersView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditEvent;
import vn.binhthuy.partybuilding.audit.AuditFilter;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.units.Unit;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Administrators manage users through the view; every change is audited with before/after values. */
class UserAdministrationTest extends KaribuTest {

    @Autowired UserAccountService accounts;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired DatabaseUserDetailsService userDetails;

    @BeforeEach
    void asAdministrator() {
        login("quantri");
        UI.getCurrent().navigate(UsersView.class);
    }

    /** The accounts the test made (all named kiem.tra…) go after it: not rolled back, as sessions end after commit. */
    @AfterEach
    void removeTestAccounts() {
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'kiem.tra%'");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> T field(Class type, String id) {
        return (T) _get((Class<com.vaadin.flow.component.Component>) type, spec -> spec.withId(id));
    }

    private AuditEvent lastAudit(AuditAction action) {
        return audit.find(new AuditFilter(null, action, null, null), 0, 1).getFirst();
    }

    @Test
    void createsASecretaryWithATemporaryPasswordAndAuditsIt() {
        _click(_get(Button.class, spec -> spec.withId("user-add")));
        HasValueUtilsKt._setValue(field(TextField.class, "user-username"), "kiem.tra1");
        HasValueUtilsKt._setValue(field(TextField.class, "user-display-name"), "Bí thư thử nghiệm");
        ComboBox<Unit> unit = field(ComboBox.class, "user-unit");
        HasValueUtilsKt._setValue(unit, unit.getListDataView().getItems()
                .filter(u -> u.code().equals("p-an-thoi")).findFirst().orElseThrow());
        HasValueUtilsKt._setValue(field(CheckboxGroup.class, "user-roles"), Set.of(Role.SECRETARY));
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("user-temporary-password")).getText())
                .startsWith("Mật khẩu tạm thời của kiem.tra1: ");
        UserAccount created = accounts.list().stream().filter(u -> u.username().equals("kiem.tra1")).findFirst().orElseThrow();
        assertThat(created.roles()).containsExactly(Role.SECRETARY);
        assertThat(created.mustChangePassword()).isTrue();
        AuditEvent event = lastAudit(AuditAction.USER_CREATED);
        assertThat(event.username()).isEqualTo("quantri");
        assertThat(event.entityId()).isEqualTo("kiem.tra1");
        assertThat(event.afterValue()).contains("\"displayName\":\"Bí thư thử nghiệm\"").contains("SECRETARY")
                .doesNotContain("password");
    }

    @Test
    void invalidInputGetsASpecificMessageAndChangesNothing() {
        long before = accounts.list().size();
        _click(_get(Button.class, spec -> spec.withId("user-add")));
        HasValueUtilsKt._setValue(field(TextField.class, "user-username"), "Nguyễn Văn A");
        HasValueUtilsKt._setValue(field(TextField.class, "user-display-name"), "Thử");
        HasValueUtilsKt._setValue(field(CheckboxGroup.class, "user-roles"), Set.of(Role.ORG_BOARD));
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        TextField username = field(TextField.class, "user-username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).startsWith("Tên đăng nhập chỉ gồm chữ thường không dấu");

        HasValueUtilsKt._setValue(username, "kiem.tra2");
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        ComboBox<Unit> unit = field(ComboBox.class, "user-unit");
        assertThat(unit.isInvalid()).isTrue();
        assertThat(unit.getErrorMessage()).isEqualTo("Người dùng có vai trò xem số liệu phải thuộc một đơn vị.");
        assertThat(accounts.list()).hasSize((int) before);
        assertThat(username.getValue()).isEqualTo("kiem.tra2");
    }

    @Test
    void editingRecordsBeforeAndAfterAndASecondStaleSaveIsRefused() {
        accounts.create("kiem.tra3", "Người thứ ba", districtId(), Set.of(Role.LEADERSHIP));
        UserAccount read = accounts.list().stream().filter(u -> u.username().equals("kiem.tra3")).findFirst().orElseThrow();
        UserAccount renamed = new UserAccount(read.id(), read.username(), "Người thứ ba (đổi tên)", districtId(), null,
                read.roles(), true, read.mustChangePassword(), false, null, read.version());

        accounts.update(renamed);

        AuditEvent event = lastAudit(AuditAction.USER_UPDATED);
        assertThat(event.beforeValue()).contains("\"displayName\":\"Người thứ ba\"");
        assertThat(event.afterValue()).contains("\"displayName\":\"Người thứ ba (đổi tên)\"");
        // the same stale copy saved again (as a second administrator would) is refused, nothing overwritten
        assertThatThrownBy(() -> accounts.update(renamed)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    private long districtId() {
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = 'q-binh-thuy'", Long.class);
    }

    private UserAccount account(String username) {
        return accounts.list().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private static UserAccount edited(UserAccount read, Long unitId, Set<Role> roles) {
        return new UserAccount(read.id(), read.username(), read.displayName(), unitId, null, roles, read.enabled(),
                read.mustChangePassword(), read.locked(), read.lastLoginAt(), read.version());
    }

    private static String refusal(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            return e.messageKey();
        }
        throw new AssertionError("the change was accepted");
    }

    /** An administrator account made the only way there is: by the database operator (README, two-person rule). */
    private void insertAdministrator(String username) {
        jdbc.update("""
                INSERT INTO app_user (username, password_hash, display_name, unit_id, enabled, must_change_password)
                VALUES (?, '{noop}x', 'Quản trị thử', NULL, TRUE, FALSE)""", username);
        jdbc.update("INSERT INTO app_user_role (user_id, role_code) SELECT id, 'ADMIN' FROM app_user WHERE username = ?",
                username);
    }

    /** Opens an account's editor the way the administrator does: a click on its row. */
    @SuppressWarnings("unchecked")
    private void clickRowOf(String username) {
        // the list as it is now, as after the administrator opens the page again
        UI.getCurrent().navigate("admin/audit");
        UI.getCurrent().navigate(UsersView.class);
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).username().equals(username)) {
                GridKt._clickItem(grid, row);
                return;
            }
        }
        throw new AssertionError(username + " is not in the list");
    }

    @Test
    void theAdministratorCannotTickTheBoardRoleOnHisOwnAccount() {
        UserAccount own = account("quantri");
        clickRowOf(own.username());
        CheckboxGroup<Role> roles = field(CheckboxGroup.class, "user-roles");
        assertThat(roles.getItemEnabledProvider().test(Role.ADMIN)).as("ADMIN can be ticked").isFalse();
        ComboBox<Unit> unit = field(ComboBox.class, "user-unit");
        HasValueUtilsKt._setValue(unit, unit.getListDataView().getItems()
                .filter(u -> u.code().equals("q-binh-thuy")).findFirst().orElseThrow());
        HasValueUtilsKt._setValue(roles, Set.of(Role.ADMIN, Role.ORG_BOARD));
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).startsWith("Tài khoản quản trị hệ thống không được giữ vai trò xem số liệu");
        assertThat(account("quantri").roles()).containsExactly(Role.ADMIN);
        assertThat(account("quantri").unitId()).isNull();
    }

    @Test
    void theServiceRefusesEveryWayToSelfGrantOrWidenAccess() {
        UserAccount own = account("quantri");
        assertThat(refusal(() -> accounts.update(edited(own, districtId(), Set.of(Role.ADMIN, Role.ORG_BOARD)))))
                .isEqualTo("user.roles.admin-exclusive");
        assertThat(refusal(() -> accounts.update(edited(own, districtId(), Set.of(Role.ADMIN)))))
                .isEqualTo("user.self-escalation");
        // an administrator account is never turned into a data account, nor a data account into an administrator
        insertAdministrator("kiem.tra.qt");
        UserAccount other = account("kiem.tra.qt");
        assertThat(refusal(() -> accounts.update(edited(other, districtId(), Set.of(Role.ORG_BOARD)))))
                .isEqualTo("user.admin.outside-application");
        accounts.create("kiem.tra5", "Lãnh đạo thử", districtId(), Set.of(Role.LEADERSHIP));
        UserAccount leader = account("kiem.tra5");
        assertThat(refusal(() -> accounts.update(edited(leader, null, Set.of(Role.ADMIN)))))
                .isEqualTo("user.admin.outside-application");
        assertThat(refusal(() -> accounts.create("kiem.tra6", "Quản trị mới", null, Set.of(Role.ADMIN))))
                .isEqualTo("user.admin.outside-application");
        assertThat(refusal(() -> accounts.create("kiem.tra7", "Lai", districtId(), Set.of(Role.ADMIN, Role.LEADERSHIP))))
                .isEqualTo("user.roles.admin-exclusive");

        assertThat(account("quantri").roles()).containsExactly(Role.ADMIN);
        assertThat(account("kiem.tra.qt").roles()).containsExactly(Role.ADMIN);
        assertThat(account("kiem.tra5").roles()).containsExactly(Role.LEADERSHIP);
        assertThat(accounts.list()).noneMatch(u -> u.username().equals("kiem.tra6") || u.username().equals("kiem.tra7"));
    }

    @Test
    void anAdministratorAccountIsRenamedButNeitherDisabledNorGivenANewPasswordInTheApplication() {
        insertAdministrator("kiem.tra.qt2");
        UserAccount other = account("kiem.tra.qt2");
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'kiem.tra.qt2'", String.class);
        // one administrator can neither shut another out nor take over their account
        assertThat(refusal(() -> accounts.update(new UserAccount(other.id(), other.username(), other.displayName(), null,
                null, other.roles(), false, other.mustChangePassword(), false, null, other.version()))))
                .isEqualTo("user.admin.account-outside-application");
        assertThat(refusal(() -> accounts.resetPassword(other.id()))).isEqualTo("user.admin.account-outside-application");
        assertThat(account("kiem.tra.qt2").enabled()).isTrue();
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'kiem.tra.qt2'", String.class))
                .isEqualTo(hash);
        // nor re-enable one the database operator disabled
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'kiem.tra.qt2'");
        UserAccount disabled = account("kiem.tra.qt2");
        assertThat(refusal(() -> accounts.update(new UserAccount(disabled.id(), disabled.username(),
                disabled.displayName(), null, null, disabled.roles(), true, disabled.mustChangePassword(), false, null,
                disabled.version())))).isEqualTo("user.admin.account-outside-application");
        assertThat(account("kiem.tra.qt2").enabled()).isFalse();

        // other edits still work
        accounts.update(new UserAccount(disabled.id(), disabled.username(), "Đổi tên", null, null, disabled.roles(),
                false, disabled.mustChangePassword(), false, null, disabled.version()));
        assertThat(account("kiem.tra.qt2").displayName()).isEqualTo("Đổi tên");

        // and the editor offers neither
        clickRowOf("kiem.tra.qt2");
        assertThat(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("user-enabled")).isReadOnly())
                .isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("user-reset-password")).isEnabled()).isFalse();
    }

    @Test
    void anAdministratorAccountWithDataRolesFromBeforeSignsInAsAnAdministratorOnly() {
        insertAdministrator("kiem.tra.qt3");
        jdbc.update("UPDATE app_user SET unit_id = ? WHERE username = 'kiem.tra.qt3'", districtId());
        jdbc.update("""
                INSERT INTO app_user_role (user_id, role_code)
                SELECT id, r.code FROM app_user, (SELECT 'ORG_BOARD' AS code UNION SELECT 'LEADERSHIP') r
                WHERE username = 'kiem.tra.qt3'""");

        PartyUser signedIn = userDetails.loadUserByUsername("kiem.tra.qt3");

        assertThat(signedIn.roles()).containsExactly(Role.ADMIN);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        // an ordinary account keeps its roles
        assertThat(userDetails.loadUserByUsername("bantochuc").roles()).contains(Role.ORG_BOARD);
    }

    @Test
    void theGridListsTheDemoUsers() {
        @SuppressWarnings("unchecked")
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aUserChangesTheirOwnPasswordWithVietnameseMessagesForMistakes() {
        String temporary = accounts.create("kiem.tra4", "Người đổi mật khẩu", districtId(), Set.of(Role.LEADERSHIP));
        login("kiem.tra4");
        UI.getCurrent().navigate("indicators");
        // a temporary password leads to the password view first
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-must-change")).getText())
                .startsWith("Bạn đang dùng mật khẩu tạm thời");

        HasValueUtilsKt._setValue(field(PasswordField.class, "password-current"), temporary);
        HasValueUtilsKt._setValue(field(PasswordField.class, "password-new"), "ngan1");
        HasValueUtilsKt._setValue(field(PasswordField.class, "password-repeat"), "ngan1");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        PasswordField newPassword = field(PasswordField.class, "password-new");
        assertThat(newPassword.getErrorMessage()).isEqualTo("Mật khẩu mới phải có ít nhất 10 ký tự.");

        HasValueUtilsKt._setValue(newPassword, "MatKhauMoi2026");
        HasValueUtilsKt._setValue(field(PasswordField.class, "password-repeat"), "MatKhauMoi2026");
        _click(_get(Button.class, spec -> spec.withId("password-save")));

        assertThat(accounts.mustChangePassword("kiem.tra4")).isFalse();
        assertThat(lastAudit(AuditAction.PASSWORD_CHANGED).username()).isEqualTo("kiem.tra4");
    }
}
