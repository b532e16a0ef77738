package vn.binhthuy.partybuilding.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Writes every login, failure and logout, and the first attempt each brake refuses, to the audit log, and tells the
 * login page (through the HTTP session) why the last attempt failed. Trouble on our side (starting, database out of
 * reach) is no failed login: it is logged, not audited.
 */
@Component
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    /** HTTP-session attribute telling the login view why the last attempt failed: a {@link SignInFailure}. */
    public static final String FAILURE_REASON = LoginAttempts.class.getName() + ".reason";

    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(UserRepository users, AuditLog audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        users.recordSuccessfulLogin(username, LocalDateTime.now(clock));
        audit.recordAs(username, AuditAction.LOGIN_SUCCEEDED, "USER", username, null, null, null,
                remoteAddress(event.getAuthentication().getDetails()));
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        SignInFailure reason = SignInFailure.of(event.getException());
        rememberReason(reason);
        String username = LoginThrottle.auditName(String.valueOf(event.getAuthentication().getPrincipal()));
        if (reason == SignInFailure.STARTING || reason == SignInFailure.DATABASE) {
            log.warn("Sign-in of '{}' not checked: {}", username, reason, event.getException());
            return;
        }
        if (event.getException() instanceof SignInThrottledException throttled && !throttled.audited()) {
            // the brake's first refusal is in the log; the rest of its window would only fill it
            return;
        }
        audit.recordAs(username, reason == SignInFailure.THROTTLED ? AuditAction.LOGIN_THROTTLED
                        : AuditAction.LOGIN_FAILED, "USER", username, event.getException().getMessage(), null, null,
                remoteAddress(event.getAuthentication().getDetails()));
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), AuditAction.LOGOUT, "USER",
                event.getAuthentication().getName(), null, null, null,
                remoteAddress(event.getAuthentication().getDetails()));
    }

    private static void rememberReason(SignInFailure reason) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().getSession(true).setAttribute(FAILURE_REASON, reason.name());
        }
    }

    private static String remoteAddress(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
