package vn.binhthuy.partybuilding.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The brake's arithmetic on a hand-moved clock: free failures, doubling waits, caps, forgetting, trusted addresses. */
class LoginThrottleTest {

    /** A clock that only moves when told to. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-05T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void theFirstFailuresAreFreeThenEachWaitDoublesUpToTheCap() {
        for (int i = 0; i < LoginThrottle.ACCOUNT.freeFailures(); i++) {
            throttle.failed("lanhdao", null);
            assertThat(throttle.waitBefore("lanhdao", null, false)).isEmpty();
        }
        throttle.failed("lanhdao", null);
        assertThat(throttle.waitBefore("lanhdao", null, false)).contains(Duration.ofSeconds(1));
        throttle.failed("lanhdao", null);
        assertThat(throttle.waitBefore("lanhdao", null, false)).contains(Duration.ofSeconds(2));
        throttle.failed("lanhdao", null);
        assertThat(throttle.waitBefore("lanhdao", null, false)).contains(Duration.ofSeconds(4));
        for (int i = 0; i < 30; i++) {
            throttle.failed("lanhdao", null);
        }
        assertThat(throttle.waitBefore("lanhdao", null, false)).contains(LoginThrottle.ACCOUNT.cap());

        clock.advance(LoginThrottle.ACCOUNT.cap());
        assertThat(throttle.waitBefore("lanhdao", null, false)).isEmpty();
        assertThat(LoginThrottle.ACCOUNT.cap()).isLessThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void strangersFailuresDoNotBrakeTheAccountFromAnAddressItSignedInFrom() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("lanhdao", "203.0.113." + i);
        }
        assertThat(throttle.waitBefore("lanhdao", "198.51.100.7", false)).isPresent();
        assertThat(throttle.isBraked("lanhdao")).isTrue();
        assertThat(throttle.waitBefore("lanhdao", "10.1.1.1", true)).isEmpty();
    }

    @Test
    void oneAddressGuessingManyNamesIsBrakedWhateverTheName() {
        String address = "203.0.113.50";
        for (int i = 0; i < LoginThrottle.ADDRESS.freeFailures() + 3; i++) {
            throttle.failed("ten-" + i, address);
        }
        Optional<Duration> wait = throttle.waitBefore("ten-moi", address, true);
        assertThat(wait).contains(Duration.ofSeconds(4));
        assertThat(throttle.waitBefore("ten-moi", "198.51.100.7", false)).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountAndAQuietHourClearsEverything() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("Lanhdao ", "203.0.113.60");
        }
        throttle.succeeded((LoginThrottle.Admitted) throttle.admit("lanhdao", null, true));
        assertThat(throttle.waitBefore("lanhdao", null, false)).isEmpty();

        for (int i = 0; i < 12; i++) {
            throttle.failed("bantochuc", "203.0.113.61");
        }
        clock.advance(LoginThrottle.ADDRESS.cap().plus(LoginThrottle.FORGET_AFTER).plusSeconds(1));
        throttle.failed("bantochuc", "203.0.113.61");
        assertThat(throttle.waitBefore("bantochuc", "203.0.113.61", false)).isEmpty();
    }

    @Test
    void aFloodOfMadeUpNamesDoesNotGrowWithoutBoundButKeepsActiveBrakes() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("lanhdao", null);
        }
        for (int i = 0; i < LoginThrottle.MAX_ENTRIES + 10_000; i++) {
            throttle.failed("ten-bia-" + i, null);
        }
        assertThat(throttle.size()).isLessThanOrEqualTo(LoginThrottle.MAX_ENTRIES);
        assertThat(throttle.isBraked("lanhdao")).isTrue();
    }

    @Test
    void spellingsTheDatabaseTreatsAsOneNameShareOneCount() {
        for (String spelling : List.of("ａｄｍｉｎ", "ad\u00ADmin", "ADMIN", " Admin\u200B", "adm\u2060in", "ＡＤＭＩＮ")) {
            assertThat(LoginThrottle.canonicalName(spelling)).as(spelling).contains("admin");
            throttle.failed(spelling, null);
        }
        assertThat(throttle.isBraked("admin")).isTrue();
        // what cannot be a user name is one shared count, and never a key of its own
        for (String name : List.of("ádmin", "Nguyễn Văn A", "ad min", "a", "x".repeat(65), "adm\u0131n")) {
            assertThat(LoginThrottle.canonicalName(name)).as(name).isEmpty();
            assertThat(LoginThrottle.accountKey(name)).isEqualTo(LoginThrottle.NOT_A_USER_NAME);
        }
    }

    @Test
    void anIpv6AddressIsCountedByItsSlash64() {
        for (int i = 0; i < LoginThrottle.ADDRESS.freeFailures() + 1; i++) {
            throttle.failed("ten-" + i, "2001:db8:1:2:" + Integer.toHexString(i) + "::" + i);
        }
        assertThat(throttle.waitBefore("ten-moi", "2001:db8:1:2:ffff::1", true)).isPresent();
        assertThat(throttle.waitBefore("ten-moi", "2001:db8:1:3::1", true)).isEmpty();
        assertThat(LoginThrottle.addressKey("2001:DB8:1:2::9")).isEqualTo(LoginThrottle.addressKey("2001:db8:1:2:0:0:0:1"));
        assertThat(LoginThrottle.addressKey("::ffff:203.0.113.9")).isEqualTo(LoginThrottle.addressKey("203.0.113.9"));
        assertThat(LoginThrottle.addressKey("203.0.113.9")).isNotEqualTo(LoginThrottle.addressKey("203.0.113.10"));
    }

    @Test
    void attemptsStillInFlightBrakeTheNextOnes() {
        int admitted = 0;
        for (int i = 0; i < 20; i++) {
            if (throttle.admit("lanhdao", "203.0.113.70", false) instanceof LoginThrottle.Admitted) {
                admitted++;
            }
        }
        assertThat(admitted).isEqualTo(LoginThrottle.ACCOUNT.freeFailures() + 1);
    }

    @Test
    void onlyTheFirstRefusalOfABrakeIsReportedForTheAuditLog() {
        for (int i = 0; i < LoginThrottle.ACCOUNT.freeFailures() + 1; i++) {
            throttle.failed("lanhdao", null);
        }
        List<Boolean> reported = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reported.add(((LoginThrottle.Refused) throttle.admit("lanhdao", null, false)).firstInWindow());
        }
        assertThat(reported).containsExactly(true, false, false, false);

        // a new window (the wait ran out, the next attempt failed) is reported again
        clock.advance(Duration.ofSeconds(1));
        throttle.failed((LoginThrottle.Admitted) throttle.admit("lanhdao", null, false));
        assertThat(((LoginThrottle.Refused) throttle.admit("lanhdao", null, false)).firstInWindow()).isTrue();
        assertThat(((LoginThrottle.Refused) throttle.admit("lanhdao", null, false)).firstInWindow()).isFalse();
    }
}
