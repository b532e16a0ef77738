package vn.binhthuy.partybuilding.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/**
 * Refused without looking at the password: too many recent failures for this name or from this address. Only the
 * first attempt a brake refuses is audited (audited = true); the others while it lasts would only fill the log.
 */
class SignInThrottledException extends AuthenticationException {

    private final boolean audited;

    SignInThrottledException(Duration wait, boolean audited) {
        super("Sign-in throttled for another " + wait.toSeconds() + " s");
        this.audited = audited;
    }

    boolean audited() {
        return audited;
    }
}
