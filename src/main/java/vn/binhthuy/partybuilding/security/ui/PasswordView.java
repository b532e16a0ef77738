package vn.binhthuy.partybuilding.security.ui;

import vn.binhthuy.partybuilding.security.CurrentUser;
import vn.binhthuy.partybuilding.security.PasswordPolicy;
import vn.binhthuy.partybuilding.security.UserAccountService;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;

/** Lets the signed-in user change their password; forced after a reset or on an administrator's first login. */
@Route("password")
@PermitAll
public class PasswordView extends Div implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    public PasswordView(UserAccountService accounts, CurrentUser currentUser) {
        addClassName("dashboard");
        add(new H2(getTranslation("password.title")));
        if (currentUser.username().map(accounts::mustChangePassword).orElse(false)) {
            Paragraph forced = new Paragraph(getTranslation("password.must-change"));
            forced.setId("password-must-change");
            forced.addClassName("rule-checks");
            add(forced);
        }
        current.setId("password-current");
        current.setLabel(getTranslation("password.current"));
        newPassword.setId("password-new");
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        repeated.setId("password-repeat");
        repeated.setLabel(getTranslation("password.repeat"));
        Button save = new Button(getTranslation("password.save"), e -> save(accounts));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(current, newPassword, repeated, save);
        form.addClassName("password-form");
        add(form);
    }

    private void save(UserAccountService accounts) {
        current.setInvalid(false);
        newPassword.setInvalid(false);
        repeated.setInvalid(false);
        try {
            accounts.changeOwnPassword(current.getValue(), newPassword.getValue(), repeated.getValue());
            Notification.show(getTranslation("password.changed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            // on to the first view this user may open (administrators have no dashboard)
            UI.getCurrent().navigate(MenuConfiguration.getMenuEntries().stream().findFirst()
                    .map(entry -> entry.path()).orElse(""));
        } catch (InvalidInputException e) {
            PasswordField field = switch (e.messageKey()) {
                case "password.current.wrong" -> current;
                case "password.repeat.mismatch" -> repeated;
                default -> newPassword;
            };
            field.setErrorMessage(getTranslation(e.messageKey(), PasswordPolicy.MIN_LENGTH));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
