package vn.binhthuy.partybuilding.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Why a sign-in did not succeed, as the login page tells it. None of the answers says whether the account exists
 * or is disabled; trouble on our side is told apart, and is not counted against the user.
 */
public enum SignInFailure {
    BAD_CREDENTIALS("login.error"),
    THROTTLED("login.throttled"),
    DATABASE("login.database"),
    STARTING("login.starting");

    /** The login page's title and message keys: {@code <key>.title}, {@code <key>.message}. */
    private final String messageKey;

    SignInFailure(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key before ".title" / ".message" of what the login form says. */
    public String messageKey() {
        return messageKey;
    }

    static SignInFailure of(AuthenticationException exception) {
        if (exception instanceof SignInUnavailableException unavailable) {
            return unavailable.reason();
        }
        return exception instanceof SignInThrottledException ? THROTTLED : BAD_CREDENTIALS;
    }
}
