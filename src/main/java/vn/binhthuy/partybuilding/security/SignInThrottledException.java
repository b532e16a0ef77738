package vn.binhthuy.partybuilding.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Refused without looking at the password: too many recent failures for this name or from this address. */
class SignInThrottledException extends AuthenticationException {

    SignInThrottledException(Duration wait) {
        super("Sign-in throttled for another " + wait.toSeconds() + " s");
    }
}
