package vn.binhthuy.partybuilding.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * A database with no users (an external server without demo data) gets one administrator, "admin", whose
 * password is taken from partybuilding.security.initial-admin-password or generated and written to the log once;
 * it must be changed at first login.
 */
@Component
@Order(100)
class InitialAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    InitialAdministrator(UserRepository users, PasswordEncoder encoder,
                         @Value("${partybuilding.security.initial-admin-password:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = configuredPassword.isBlank() ? generate() : configuredPassword;
        users.save(new AppUser(null, USERNAME, encoder.encode(password), "Quản trị hệ thống", null, true, true, 0,
                null, null, null, Set.of(new UserRole(Role.ADMIN.name())), null));
        if (configuredPassword.isBlank()) {
            log.warn("Created the first administrator '{}' with the one-time password: {}  (change it at first login)",
                    USERNAME, password);
        } else {
            log.warn("Created the first administrator '{}' with the configured password (change it at first login)",
                    USERNAME);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "7";
    }
}
