package vn.binhthuy.partybuilding.security.ui;

import vn.binhthuy.partybuilding.security.Role;
import vn.binhthuy.partybuilding.base.ui.DialogButtons;
import vn.binhthuy.partybuilding.security.UserAccount;
import vn.binhthuy.partybuilding.security.UserAccountService;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.base.ui.PartyCommittee;
import vn.binhthuy.partybuilding.units.Committee;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** Administrators manage accounts: create, edit roles and unit, disable, reset a password, unlock. */
@Route("admin/users")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.users", order = 10, icon = "vaadin:users")
public class UsersView extends Div implements HasDynamicTitle {

    private final UserAccountService accounts;
    private final List<Unit> units;
    private final PartyCommittee committee;
    private final Grid<UserAccount> grid = new Grid<>();

    public UsersView(UserAccountService accounts, UnitService unitService, PartyCommittee committee) {
        this.accounts = accounts;
        this.committee = committee;
        this.units = unitService.assignableUnits();
        addClassName("dashboard");
        Button add = new Button(getTranslation("user.add"), e -> openEditor(null));
        add.setId("user-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("user-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("user.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("user.display-name")).setFlexGrow(1);
        grid.addColumn(this::unitName).setHeader(getTranslation("user.unit")).setFlexGrow(1);
        grid.addColumn(u -> roleNames(u.roles(), u.unitId())).setHeader(getTranslation("user.roles")).setFlexGrow(1);
        grid.addColumn(u -> getTranslation(!u.enabled() ? "user.state.disabled" : u.locked() ? "user.state.locked"
                        : u.mustChangePassword() ? "user.state.must-change" : "user.state.active"))
                .setHeader(getTranslation("user.state")).setAutoWidth(true);
        grid.addColumn(u -> u.lastLoginAt() == null ? "" : Formats.date(u.lastLoginAt().toLocalDate(), getLocale()))
                .setHeader(getTranslation("user.last-login")).setAutoWidth(true);
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        add(new H2(getTranslation("users.title")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    /** Leadership or the Board without a unit read the whole tree: "Toàn đảng bộ" rather than a blank. */
    private String unitName(UserAccount account) {
        if (account.unitId() == null && (account.roles().contains(Role.LEADERSHIP)
                || account.roles().contains(Role.ORG_BOARD))) {
            return getTranslation("user.unit.whole");
        }
        return account.unitName() == null ? "" : account.unitName();
    }

    /** "Lãnh đạo Quận ủy", "Lãnh đạo Tỉnh ủy": the committee of the account's province or district, else the root's. */
    private String roleNames(java.util.Set<Role> roles, Long unitId) {
        String kind = units.stream().filter(u -> unitId != null && u.id() == unitId).findFirst()
                .flatMap(Committee::of).map(c -> getTranslation("committee.kind." + c.kind().key()))
                .orElseGet(() -> committee.kind(getLocale()));
        return roles.stream().sorted().map(r -> roleName(r, kind)).collect(Collectors.joining(", "));
    }

    private String roleName(Role role, String committeeKind) {
        return getTranslation("role." + role.name(), committeeKind);
    }

    /** Opens the editor for an account, or for a new one when account is null. */
    void openEditor(UserAccount account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(account == null ? "user.add" : "user.edit"));
        TextField username = new TextField(getTranslation("user.username"));
        username.setId("user-username");
        username.setHelperText(getTranslation("user.username.help"));
        TextField displayName = new TextField(getTranslation("user.display-name"));
        displayName.setId("user-display-name");
        ComboBox<Unit> unit = new ComboBox<>(getTranslation("user.unit"));
        unit.setId("user-unit");
        unit.setItems(units);
        unit.setItemLabelGenerator(Unit::name);
        unit.setClearButtonVisible(true);
        unit.setHelperText(getTranslation("user.unit.help"));
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("user.roles"));
        roles.setId("user-roles");
        roles.setItems(EnumSet.allOf(Role.class));
        String rootKind = committee.kind(getLocale());
        roles.setItemLabelGenerator(r -> roleName(r, rootKind));
        // the administrator role is given and taken outside the application (README, "Administrator accounts")
        roles.setItemEnabledProvider(r -> r != Role.ADMIN);
        roles.setHelperText(getTranslation("user.roles.help"));
        Checkbox enabled = new Checkbox(getTranslation("user.enabled"), true);
        enabled.setId("user-enabled");
        if (account != null) {
            username.setValue(account.username());
            username.setReadOnly(true);
            displayName.setValue(account.displayName());
            units.stream().filter(u -> account.unitId() != null && u.id() == account.unitId()).findFirst()
                    .ifPresent(unit::setValue);
            roles.setValue(account.roles());
            enabled.setValue(account.enabled());
            // an administrator account is disabled or enabled only by the two-person procedure, like its role
            enabled.setReadOnly(account.roles().contains(Role.ADMIN));
        }
        Div form = new Div(username, displayName, unit, roles, enabled);
        form.addClassName("user-form");
        dialog.add(form);

        Button save = new Button(getTranslation("user.save"), e -> {
            List.of(username, displayName).forEach(f -> f.setInvalid(false));
            unit.setInvalid(false);
            roles.setInvalid(false);
            try {
                Long unitId = unit.getValue() == null ? null : unit.getValue().id();
                if (account == null) {
                    String temporary = accounts.create(username.getValue(), displayName.getValue(), unitId,
                            roles.getValue());
                    showTemporaryPassword(username.getValue().trim().toLowerCase(), temporary);
                } else {
                    accounts.update(new UserAccount(account.id(), account.username(), displayName.getValue(), unitId,
                            null, roles.getValue(), enabled.getValue(), account.mustChangePassword(),
                            account.locked(), account.lastLoginAt(), account.version()));
                    Notification.show(getTranslation("user.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                String message = getTranslation(ex.messageKey());
                switch (ex.messageKey()) {
                    case "user.username.invalid", "user.username.taken" -> invalid(username, message);
                    case "user.display-name.required" -> invalid(displayName, message);
                    case "user.unit.required", "user.unit.secretary", "user.unit.leadership" -> {
                        unit.setErrorMessage(message);
                        unit.setInvalid(true);
                    }
                    case "user.roles.required", "user.roles.admin-exclusive", "user.admin.outside-application",
                         "user.self-escalation" -> {
                        roles.setErrorMessage(message);
                        roles.setInvalid(true);
                    }
                    default -> Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            } catch (OptimisticLockingFailureException ex) {
                // the dialog stays open with what the administrator typed
                Notification.show(getTranslation("user.conflict")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("user-save");
        DialogButtons.cancelAndSave(dialog, save);
        if (account != null) {
            Button reset = new Button(getTranslation("user.reset-password"), e -> {
                showTemporaryPassword(account.username(), accounts.resetPassword(account.id()));
                dialog.close();
                refresh();
            });
            reset.setId("user-reset-password");
            // nor does an administrator reset another administrator's password (and sign in as them)
            reset.setEnabled(!account.roles().contains(Role.ADMIN));
            Button unlock = new Button(getTranslation("user.unlock"), e -> {
                accounts.unlock(account.id());
                Notification.show(getTranslation("user.unlocked"));
                dialog.close();
                refresh();
            });
            unlock.setId("user-unlock");
            unlock.setEnabled(account.locked());
            dialog.getFooter().addComponentAsFirst(unlock);
            dialog.getFooter().addComponentAsFirst(reset);
        }
        add(dialog);
        dialog.open();
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void showTemporaryPassword(String username, String temporary) {
        Dialog shown = new Dialog();
        shown.setHeaderTitle(getTranslation("user.temporary-password.title"));
        Paragraph text = new Paragraph(getTranslation("user.temporary-password", username, temporary));
        text.setId("user-temporary-password");
        shown.add(text);
        shown.getFooter().add(new Button(getTranslation("user.close"), e -> shown.close()));
        add(shown);
        shown.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
