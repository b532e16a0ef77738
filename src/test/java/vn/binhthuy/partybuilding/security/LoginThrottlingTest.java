package vn.binhthuy.partybuilding.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditFilter;
import vn.binhthuy.partybuilding.audit.AuditLog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real authentication manager of the login form: bcrypt passwords, a brake instead of a lock-out, answers that
 * do not tell which accounts exist, every failure audited.
 */
@ApplicationTest
class LoginThrottlingTest {

    private static final String USER = "thu.nghiem.khoa";
    private static final String PASSWORD = "MatKhau2024x";

    @Autowired AuthenticationConfiguration authenticationConfiguration;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired AuditLog audit;
    @Autowired UserDetailsService userDetails;
    @Autowired ApplicationAvailability availability;
    @Autowired Clock clock;

    @Autowired AuthenticationEventPublisher events;

    /** The login form's provider and listeners, on a clock that stands still so that a wait never runs out. */
    private AuthenticationManager manager;

    @BeforeEach
    void createUser() {
        var provider = new ThrottledAuthenticationProvider(userDetails, encoder,
                new LoginThrottle(new LoginThrottleTest.HandClock()), availability, audit, clock);
        var providers = new ProviderManager(provider);
        providers.setAuthenticationEventPublisher(events);
        manager = providers;
        for (String name : List.of(USER, USER + ".tat")) {
            jdbc.update("""
                    INSERT INTO app_user (username, password_hash, display_name, unit_id, enabled, must_change_password)
                    VALUES (?, ?, 'Tài khoản thử', (SELECT id FROM unit WHERE code = 'q-binh-thuy'), ?, FALSE)""",
                    name, encoder.encode(PASSWORD), name.equals(USER));
            jdbc.update("INSERT INTO app_user_role (user_id, role_code) SELECT id, 'LEADERSHIP' FROM app_user WHERE username = ?", name);
        }
    }

    /** The test's own users go after it: not rolled back, as attempts run in parallel threads and are audited. */
    @AfterEach
    void removeUsers() {
        jdbc.update("DELETE FROM app_user WHERE username IN (?, ?)", USER, USER + ".tat");
    }

    @Test
    void theLoginFormUsesThisProvider() throws Exception {
        AuthenticationManager configured = authenticationConfiguration.getAuthenticationManager();
        assertThat(((ProviderManager) configured).getProviders()).singleElement()
                .isInstanceOf(ThrottledAuthenticationProvider.class);
        assertThatThrownBy(() -> configured.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("khong-ton-tai", "x")))
                .isInstanceOf(BadCredentialsException.class);
    }

    /** An address no other attempt came from: a random /64 of the unique-local range (48 random bits). */
    private static String freshAddress() {
        long r = java.util.concurrent.ThreadLocalRandom.current().nextLong();
        return String.format("fd00:%x:%x:%x::1", (r >>> 32) & 0xffff, (r >>> 16) & 0xffff, r & 0xffff);
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    /** The real encoder, counting its password comparisons. */
    private PasswordEncoder counting(AtomicInteger comparisons) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                assertThat(encoded).startsWith("{bcrypt}$2");
                comparisons.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        };
    }

    private void attempt(String username, String password, String address) {
        manager.authenticate(token(username, password, address));
    }

    private long audited(String username, AuditAction action) {
        return audit.count(new AuditFilter(username, action, null, null));
    }

    /** What a visitor sees of a series of attempts: only the kind of answer and its message. */
    private List<String> answers(String username, String password, int attempts) {
        String address = freshAddress();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            try {
                attempt(username, password, address);
                answers.add("signed in");
            } catch (RuntimeException e) {
                answers.add(SignInFailure.of((org.springframework.security.core.AuthenticationException) e) + ": "
                        + (e instanceof BadCredentialsException ? e.getMessage() : ""));
            }
        }
        return answers;
    }

    @Test
    void passwordsAreStoredAsBcrypt() {
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, USER))
                .startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }

    @Test
    void unknownDisabledAndExistingAccountsGetTheSameAnswers() {
        int attempts = LoginThrottle.ACCOUNT.freeFailures() + 2;
        List<String> existing = answers(USER, "sai-mat-khau", attempts);
        List<String> unknown = answers("khong-ton-tai-" + UUID.randomUUID().toString().substring(0, 8), "x", attempts);
        List<String> disabledWithRightPassword = answers(USER + ".tat", PASSWORD, attempts);

        assertThat(existing).isEqualTo(unknown).isEqualTo(disabledWithRightPassword);
        assertThat(existing.getFirst()).isEqualTo("BAD_CREDENTIALS: Bad credentials");
        assertThat(existing.getLast()).startsWith("THROTTLED");
    }

    @Test
    void anUnknownNameCostsABcryptComparisonLikeAKnownOne() {
        AtomicInteger comparisons = new AtomicInteger();
        PasswordEncoder counting = counting(comparisons);
        var provider = new ThrottledAuthenticationProvider(userDetails, counting, new LoginThrottle(clock),
                availability, audit, clock);

        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("khong-co-ai", "x")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(comparisons.get()).isEqualTo(1);
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(USER, "x")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(comparisons.get()).isEqualTo(2);
    }

    @Test
    void aStrangerHammeringTheAccountCannotLockTheUserOut() {
        String home = freshAddress();
        attempt(USER, PASSWORD, home);
        String stranger = freshAddress();
        long failuresBefore = audited(USER, AuditAction.LOGIN_FAILED);
        long brakedBefore = audited(USER, AuditAction.LOGIN_THROTTLED);

        int failures = LoginThrottle.ACCOUNT.freeFailures() + 1;
        for (int i = 0; i < failures; i++) {
            assertThatThrownBy(() -> attempt(USER, "sai-mat-khau", stranger)).isInstanceOf(BadCredentialsException.class);
        }
        // the stranger is braked even with the right password, without the password being looked at
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(USER, PASSWORD, stranger)).isInstanceOf(SignInThrottledException.class);
        }
        // the user, from where they signed in before, is not
        attempt(USER, PASSWORD, home);

        assertThat(audited(USER, AuditAction.LOGIN_FAILED) - failuresBefore).isEqualTo(failures);
        // only the brake's first refusal is audited: a hammering stranger does not fill the log
        assertThat(audited(USER, AuditAction.LOGIN_THROTTLED) - brakedBefore).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT locked_until IS NULL FROM app_user WHERE username = ?", Boolean.class, USER))
                .isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheCountAndIsAudited() {
        String address = freshAddress();
        for (int i = 0; i < LoginThrottle.ACCOUNT.freeFailures() - 1; i++) {
            assertThatThrownBy(() -> attempt(USER, "sai-mat-khau", address)).isInstanceOf(BadCredentialsException.class);
        }
        long successesBefore = audited(USER, AuditAction.LOGIN_SUCCEEDED);

        attempt(USER, PASSWORD, address);
        // from another address (not trusted by that success): the free failures are all there again
        String elsewhere = freshAddress();
        for (int i = 0; i < LoginThrottle.ACCOUNT.freeFailures(); i++) {
            assertThatThrownBy(() -> attempt(USER, "sai-mat-khau", elsewhere)).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(audited(USER, AuditAction.LOGIN_SUCCEEDED)).isEqualTo(successesBefore + 1);
    }

    @Test
    void otherSpellingsOfANameShareItsBrakeAndWhatCannotBeANameIsNeverLookedUp() {
        String stranger = freshAddress();
        for (int i = 0; i < LoginThrottle.ACCOUNT.freeFailures() + 1; i++) {
            assertThatThrownBy(() -> attempt(USER, "sai-mat-khau", stranger)).isInstanceOf(BadCredentialsException.class);
        }
        // spellings MariaDB's collation takes for the same name do not start a fresh count
        for (String spelling : List.of("ＴＨＵ.nghiem.khoa", "thu.nghi\u00ADem.khoa", " Thu.Nghiem.Khoa\u200B")) {
            assertThatThrownBy(() -> attempt(spelling, "sai-mat-khau", freshAddress())).as(spelling)
                    .isInstanceOf(SignInThrottledException.class);
        }

        AtomicInteger comparisons = new AtomicInteger();
        List<String> lookedUp = new java.util.concurrent.CopyOnWriteArrayList<>();
        UserDetailsService recording = name -> {
            lookedUp.add(name);
            return userDetails.loadUserByUsername(name);
        };
        var provider = new ThrottledAuthenticationProvider(recording, counting(comparisons),
                new LoginThrottle(new LoginThrottleTest.HandClock()), availability, audit, clock);
        // a name that cannot be a user name: the same answer and the same bcrypt work, but no database query
        assertThatThrownBy(() -> provider.authenticate(token("Nguyễn Văn A", "x", freshAddress())))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
        assertThat(comparisons.get()).isEqualTo(1);
        assertThat(lookedUp).isEmpty();
        // the database is asked for the plain spelling of a name
        assertThat(provider.authenticate(token("ＴＨＵ.nghi\u00ADem.khoa", PASSWORD, freshAddress())).getName())
                .isEqualTo(USER);
        assertThat(lookedUp).containsExactly(USER);
    }

    @Test
    void attemptsSentInParallelAreBrakedLikeOneAfterAnother() throws Exception {
        AtomicInteger comparisons = new AtomicInteger();
        var provider = new ThrottledAuthenticationProvider(userDetails, counting(comparisons),
                new LoginThrottle(new LoginThrottleTest.HandClock()), availability, audit, clock);
        String address = freshAddress();
        int attempts = 16;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        provider.authenticate(token(USER, "sai-mat-khau", address));
                        return "signed in";
                    } catch (org.springframework.security.core.AuthenticationException e) {
                        return e.getClass().getSimpleName();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get(60, TimeUnit.SECONDS));
            }
            // the free failures and one more reach the password check, however many arrive at once
            assertThat(comparisons.get()).isEqualTo(LoginThrottle.ACCOUNT.freeFailures() + 1);
            assertThat(outcomes).filteredOn("BadCredentialsException"::equals)
                    .hasSize(LoginThrottle.ACCOUNT.freeFailures() + 1);
            assertThat(outcomes).filteredOn("SignInThrottledException"::equals)
                    .hasSize(attempts - LoginThrottle.ACCOUNT.freeFailures() - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBrakedAddressIsRefusedBeforeTheTrustedAddressQueryAndAuditedOnce() {
        AtomicInteger trustQueries = new AtomicInteger();
        AuditLog countingTrust = new AuditLog(null, clock) {
            @Override
            public boolean signedInFrom(String username, String remoteAddress, java.time.LocalDateTime since) {
                trustQueries.incrementAndGet();
                return audit.signedInFrom(username, remoteAddress, since);
            }
        };
        var provider = new ThrottledAuthenticationProvider(userDetails, encoder,
                new LoginThrottle(new LoginThrottleTest.HandClock()), availability, countingTrust, clock);
        var providers = new ProviderManager(provider);
        providers.setAuthenticationEventPublisher(events);
        manager = providers;
        // the account is braked for strangers, and the stranger's address guessed too many names
        String other = freshAddress();
        for (int i = 0; i < LoginThrottle.ACCOUNT.freeFailures() + 1; i++) {
            assertThatThrownBy(() -> attempt(USER, "sai-mat-khau", other)).isInstanceOf(BadCredentialsException.class);
        }
        String stranger = freshAddress();
        for (int i = 0; i < LoginThrottle.ADDRESS.freeFailures() + 1; i++) {
            String name = "khong-ton-tai-" + i;
            assertThatThrownBy(() -> attempt(name, "x", stranger)).isInstanceOf(BadCredentialsException.class);
        }
        long brakedBefore = audited(USER, AuditAction.LOGIN_THROTTLED);
        int queriesBefore = trustQueries.get();

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> attempt(USER, PASSWORD, stranger)).isInstanceOf(SignInThrottledException.class);
        }

        assertThat(trustQueries.get()).as("trusted-address queries").isEqualTo(queriesBefore);
        assertThat(audited(USER, AuditAction.LOGIN_THROTTLED) - brakedBefore).isEqualTo(1);
    }
}
