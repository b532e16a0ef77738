package vn.binhthuy.partybuilding.security;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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
 * password was compared. A database out of reach is reported as such and counted against nobody. The brake admits
 * an attempt before the password is compared and counts the outcome after, so parallel attempts are braked too.
 */
@Component
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    /** An address the account signed in from within this period is not braked by strangers' failures. */
    static final Duration TRUSTED_ADDRESS_PERIOD = Duration.ofDays(180);

    private final LoginThrottle throttle;
    private final ApplicationAvailability availability;
    private final AuditLog audit;
    private final Clock clock;
    private volatile String dummyHash;

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
        Optional<String> name = LoginThrottle.canonicalName(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        LoginThrottle.Admitted attempt;
        try {
            LoginThrottle.Admission admission = throttle.admit(authentication.getName(), address, trusted(name, address));
            if (admission instanceof LoginThrottle.Refused refused) {
                throw new SignInThrottledException(refused.delay(), refused.firstInWindow());
            }
            attempt = (LoginThrottle.Admitted) admission;
        } catch (RuntimeException e) {
            throw e instanceof AuthenticationException || !databaseTrouble(e) ? e
                    : new SignInUnavailableException(SignInFailure.DATABASE, e);
        }
        try {
            Authentication result = name.isPresent() ? super.authenticate(canonical(authentication, name.get()))
                    : refuseWithoutLookingUp(authentication);
            throttle.succeeded(attempt);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(attempt);
            throw e;
        } catch (AuthenticationException e) {
            throttle.released(attempt);
            throw databaseTrouble(e) ? new SignInUnavailableException(SignInFailure.DATABASE, e) : e;
        } catch (RuntimeException e) {
            throttle.released(attempt);
            if (databaseTrouble(e)) {
                throw new SignInUnavailableException(SignInFailure.DATABASE, e);
            }
            throw new InternalAuthenticationServiceException(e.getMessage(), e);
        }
    }

    /** The attempt as the database compares names: full-width, invisible and upper-case spellings made plain. */
    private static Authentication canonical(Authentication typed, String name) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, typed.getCredentials());
        token.setDetails(typed.getDetails());
        return token;
    }

    /**
     * A name that cannot be a user name is not looked up at all; it costs the same bcrypt comparison as an unknown
     * name, and gets the same answer.
     */
    private Authentication refuseWithoutLookingUp(Authentication typed) {
        String hash = dummyHash;
        if (hash == null) {
            hash = getPasswordEncoder().encode("not a user name");
            dummyHash = hash;
        }
        getPasswordEncoder().matches(String.valueOf(typed.getCredentials()), hash);
        throw new BadCredentialsException(messages.getMessage(
                "AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
    }

    /**
     * Whether the name signed in from this address lately (then strangers' failures on the name do not brake it).
     * Asked only when it matters: the name is braked and the address is not, so a flood of braked attempts costs
     * no audit-log query.
     */
    private boolean trusted(Optional<String> name, String address) {
        return name.isPresent() && address != null && throttle.isBraked(name.get())
                && !throttle.isAddressBraked(address)
                && audit.signedInFrom(name.get(), address, LocalDateTime.now(clock).minus(TRUSTED_ADDRESS_PERIOD));
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
