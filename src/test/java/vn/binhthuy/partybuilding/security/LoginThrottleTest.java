package vn.binhthuy.partybuilding.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
        throttle.succeeded("lanhdao");
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
}
