package vn.binhthuy.partybuilding.security;

import vn.binhthuy.partybuilding.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import tools.jackson.databind.JsonNode;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditFilter;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.demo.DemoDataLoader;

import java.sql.SQLTransientConnectionException;
import java.time.Clock;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-in while the application is not ready or the database is out of reach: the login page tells so, and the
 * attempt counts as no failed login (no audit row, no brake).
 */
class SignInAvailabilityTest extends KaribuTest {

    @Autowired ApplicationContext context;
    @Autowired AuthenticationConfiguration authenticationConfiguration;
    @Autowired AuthenticationEventPublisher events;
    @Autowired PasswordEncoder encoder;
    @Autowired AuditLog audit;
    @Autowired ApplicationAvailability availability;
    @Autowired Clock clock;

    private final MockHttpServletRequest request = new MockHttpServletRequest();

    @BeforeEach
    void inALoginRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void ready() {
        RequestContextHolder.resetRequestAttributes();
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    private long failures(String username) {
        return audit.count(new AuditFilter(username, AuditAction.LOGIN_FAILED, null, null))
                + audit.count(new AuditFilter(username, AuditAction.LOGIN_THROTTLED, null, null));
    }

    private LoginForm loginPageAfterAFailure() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));
        return _get(LoginForm.class);
    }

    @Test
    void beforeTheApplicationIsReadySignInIsRefusedAsStarting() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        long failuresBefore = failures("lanhdao");
        long successesBefore = audit.count(new AuditFilter("lanhdao", AuditAction.LOGIN_SUCCEEDED, null, null));

        assertThatThrownBy(() -> authenticationConfiguration.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("lanhdao", DemoDataLoader.DEMO_PASSWORD)))
                .isInstanceOf(SignInUnavailableException.class);

        assertThat(request.getSession().getAttribute(LoginAttempts.FAILURE_REASON)).isEqualTo("STARTING");
        assertThat(failures("lanhdao")).isEqualTo(failuresBefore);
        assertThat(audit.count(new AuditFilter("lanhdao", AuditAction.LOGIN_SUCCEEDED, null, null))).isEqualTo(successesBefore);
        LoginForm form = loginPageAfterAFailure();
        assertThat(form.isError()).isTrue();
        assertThat(errorTitle(form)).isEqualTo("Hệ thống đang khởi động…");
    }

    @Test
    void theLoginPageSaysStartingEvenBeforeAnyAttempt() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        UI.getCurrent().navigate(LoginView.class);
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorTitle(form)).isEqualTo("Hệ thống đang khởi động…");

        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void whenTheDatabaseCannotBeReachedTheUserIsToldSoAndNothingIsCounted() {
        UserDetailsService unreachable = username -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("Connection is not available, request timed out"));
        };
        LoginThrottle throttle = new LoginThrottle(clock);
        var manager = new ProviderManager(new ThrottledAuthenticationProvider(unreachable, encoder, throttle,
                availability, audit, clock));
        manager.setAuthenticationEventPublisher(events);
        long failuresBefore = failures("bantochuc");

        for (int i = 0; i < LoginThrottle.ACCOUNT.freeFailures() + 3; i++) {
            assertThatThrownBy(() -> manager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("bantochuc", "bat-ky")))
                    .isInstanceOfSatisfying(SignInUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(SignInFailure.DATABASE));
        }

        assertThat(request.getSession().getAttribute(LoginAttempts.FAILURE_REASON)).isEqualTo("DATABASE");
        assertThat(failures("bantochuc")).isEqualTo(failuresBefore);
        assertThat(throttle.isBraked("bantochuc")).isFalse();
        VaadinSession.getCurrent().getSession().setAttribute(LoginAttempts.FAILURE_REASON,
                request.getSession().getAttribute(LoginAttempts.FAILURE_REASON));
        LoginForm form = loginPageAfterAFailure();
        assertThat(errorMessage(form))
                .isEqualTo("Không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.");
        assertThat(errorTitle(form)).isNotEqualTo("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    /** The error title the browser renders: the one in the i18n property the form sends to its element. */
    private static String errorTitle(LoginForm form) {
        return errorText(form, "title");
    }

    private static String errorMessage(LoginForm form) {
        return errorText(form, "message");
    }

    private static String errorText(LoginForm form, String field) {
        JsonNode i18n = (JsonNode) form.getElement().getPropertyRaw("i18n");
        return i18n.get("errorMessage").get(field).asString();
    }
}
