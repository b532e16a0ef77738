package vn.binhthuy.partybuilding.security.ui;

import vn.binhthuy.partybuilding.security.LoginAttempts;
import vn.binhthuy.partybuilding.security.SignInFailure;
import vn.binhthuy.partybuilding.base.ui.PartyCommittee;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

/**
 * Sign-in page in the user's language. A failure says "wrong name or password" whatever the account (unknown,
 * disabled or braked alike); only trouble on our side is told apart: still starting, or no database.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final ApplicationAvailability availability;

    public LoginView(ApplicationAvailability availability, PartyCommittee committee) {
        this.availability = availability;
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        Paragraph subtitle = new Paragraph(committee.name(getLocale()));
        subtitle.setId("login-subtitle");
        Div card = new Div(title, subtitle, form);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        SignInFailure reason = failed ? lastFailure() : SignInFailure.BAD_CREDENTIALS;
        boolean starting = availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC;
        if (starting) {
            reason = SignInFailure.STARTING;
        }
        form.setI18n(i18n(reason));
        form.setError(failed || starting);
    }

    private static SignInFailure lastFailure() {
        Object reason = VaadinSession.getCurrent() == null ? null
                : VaadinSession.getCurrent().getSession().getAttribute(LoginAttempts.FAILURE_REASON);
        for (SignInFailure failure : SignInFailure.values()) {
            if (failure.name().equals(reason)) {
                return failure;
            }
        }
        return SignInFailure.BAD_CREDENTIALS;
    }


    private LoginI18n i18n(SignInFailure reason) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(reason.messageKey() + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(reason.messageKey() + ".message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " - " + getTranslation("app.title");
    }
}
