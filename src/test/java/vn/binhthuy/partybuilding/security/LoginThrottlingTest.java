package vn.binhthuy.partybuilding.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditFilter;
import vn.binhthuy.partybuilding.audit.AuditLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real authentication manager of the login form: bcrypt passwords, lock-out after repeated failures, audit. */
@SpringBootTest
class LoginThrottlingTest {

    private static final String USER = "thu.nghiem.khoa";
    private static final String PASSWORD = "MatKhau2024x";

    @Autowired AuthenticationConfiguration authenticationConfiguration;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired AuditLog audit;

    private AuthenticationManager manager;

    @BeforeEach
    void createUser() throws Exception {
        manager = authenticationConfiguration.getAuthenticationManager();
        jdbc.update("DELETE FROM app_user WHERE username = ?", USER);
        jdbc.update("""
                INSERT INTO app_user (username, password_hash, display_name, unit_id, enabled, must_change_password)
                VALUES (?, ?, 'Tài khoản thử', (SELECT id FROM unit WHERE code = 'q-binh-thuy'), TRUE, FALSE)""",
                USER, encoder.encode(PASSWORD));
        jdbc.update("INSERT INTO app_user_role (user_id, role_code) SELECT id, 'LEADERSHIP' FROM app_user WHERE username = ?", USER);
    }

    private void attempt(String password) {
        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(USER, password));
    }

    private long audited(AuditAction action) {
        return audit.count(new AuditFilter(USER, action, null, null));
    }

    @Test
    void passwordsAreStoredAsBcrypt() {
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, USER))
                .startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        long failuresBefore = audited(AuditAction.LOGIN_FAILED);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> attempt("sai-mat-khau")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> attempt(PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(audited(AuditAction.LOGIN_FAILED) - failuresBefore).isEqualTo(LoginAttempts.MAX_FAILURES);
        assertThat(audited(AuditAction.LOGIN_LOCKED)).isPositive();
        assertThat(jdbc.queryForObject("SELECT locked_until > NOW() FROM app_user WHERE username = ?", Boolean.class, USER))
                .isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheCountAndIsAudited() {
        assertThatThrownBy(() -> attempt("sai-mat-khau")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("sai-mat-khau")).isInstanceOf(BadCredentialsException.class);
        long successesBefore = audited(AuditAction.LOGIN_SUCCEEDED);

        attempt(PASSWORD);

        assertThat(jdbc.queryForObject("SELECT failed_logins FROM app_user WHERE username = ?", Integer.class, USER)).isZero();
        assertThat(audited(AuditAction.LOGIN_SUCCEEDED)).isEqualTo(successesBefore + 1);
    }

    @Test
    void anUnknownUserFailsLikeAWrongPassword() {
        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("khong-ton-tai", "x")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
