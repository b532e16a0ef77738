package vn.binhthuy.partybuilding.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/** The application cannot check a password right now (still starting, or the database is out of reach). */
class SignInUnavailableException extends AuthenticationServiceException {

    private final SignInFailure reason;

    SignInUnavailableException(SignInFailure reason, Throwable cause) {
        super("Sign-in unavailable: " + reason, cause);
        this.reason = reason;
    }

    SignInFailure reason() {
        return reason;
    }
}
