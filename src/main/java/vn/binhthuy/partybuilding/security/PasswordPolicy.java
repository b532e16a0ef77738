package vn.binhthuy.partybuilding.security;

import java.util.Optional;

/** What a new password must be; each rule broken gives its own message key. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.rule.length");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("password.rule.letters-digits");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("password.rule.username");
        }
        return Optional.empty();
    }
}
