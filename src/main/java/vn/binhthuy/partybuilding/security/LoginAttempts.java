package vn.binhthuy.partybuilding.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
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
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Counts failed logins and locks an account for a while after too many (a brute-force brake), resets the count
 * on success, and writes every login, failure and logout to the audit log.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** HTTP-session attribute telling the login view why the last attempt failed. */
    static final String FAILURE_REASON = LoginAttempts.class.getName() + ".reason";

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
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).trim();
        boolean locked = event instanceof AuthenticationFailureLockedEvent;
        if (!locked) {
            users.recordFailedLogin(username, MAX_FAILURES, LocalDateTime.now(clock).plus(LOCK_DURATION));
        }
        rememberReason(locked ? "locked" : "bad-credentials");
        audit.recordAs(truncate(username), locked ? AuditAction.LOGIN_LOCKED : AuditAction.LOGIN_FAILED, "USER",
                truncate(username), event.getException().getClass().getSimpleName(), null, null,
                remoteAddress(event.getAuthentication().getDetails()));
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), AuditAction.LOGOUT, "USER",
                event.getAuthentication().getName(), null, null, null,
                remoteAddress(event.getAuthentication().getDetails()));
    }

    private static void rememberReason(String reason) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().getSession(true).setAttribute(FAILURE_REASON, reason);
        }
    }

    private static String remoteAddress(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String truncate(String username) {
        return username.length() <= 64 ? username : username.substring(0, 64);
    }
}
