package vn.binhthuy.partybuilding.security;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.binhthuy.partybuilding.audit.AuditLog;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The sign-in check of the login form: refused while the application is not ready, braked by {@link LoginThrottle},
 * then the bcrypt comparison. Unknown, disabled and existing accounts answer alike and cost alike: Spring compares
 * a dummy bcrypt hash for an unknown name, and a disabled account is told "wrong name or password" only after its
 * password was compared. A database out of reach is reported as such and counted against nobody.
 */
@Component
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    /** An address the account signed in from within this period is not braked by strangers' failures. */
    static final Duration TRUSTED_ADDRESS_PERIOD = Duration.ofDays(180);

    private final LoginThrottle throttle;
    private final ApplicationAvailability availability;
    private final AuditLog audit;
    private final Clock clock;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                    ApplicationAvailability availability, AuditLog audit, Clock clock) {
        super(users);
        setPasswordEncoder(encoder);
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new BadCredentialsException(messages.getMessage(
                        "AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
            }
        });
        this.throttle = throttle;
        this.availability = availability;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            throw new SignInUnavailableException(SignInFailure.STARTING, null);
        }
        String account = LoginThrottle.normalize(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        try {
            Optional<Duration> wait = throttle.waitBefore(account, address, trusted(account, address));
            if (wait.isPresent()) {
                throw new SignInThrottledException(wait.get());
            }
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(account);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(account, address);
            throw e;
        } catch (AuthenticationException e) {
            throw databaseTrouble(e) ? new SignInUnavailableException(SignInFailure.DATABASE, e) : e;
        } catch (RuntimeException e) {
            if (databaseTrouble(e)) {
                throw new SignInUnavailableException(SignInFailure.DATABASE, e);
            }
            throw new InternalAuthenticationServiceException(e.getMessage(), e);
        }
    }

    private boolean trusted(String account, String address) {
        return address != null
                && audit.signedInFrom(account, address, LocalDateTime.now(clock).minus(TRUSTED_ADDRESS_PERIOD));
    }

    static boolean databaseTrouble(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException || t instanceof NonTransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
