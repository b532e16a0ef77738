package vn.binhthuy.partybuilding.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A brake on password guessing that nobody can turn into a lock-out. Failed sign-ins are counted per typed account
 * name (existing or not, so the brake says nothing about which names exist) and per source address; past a few
 * free failures each further attempt has to wait twice as long as the previous one, up to a cap. The account brake
 * does not apply from an address the account has signed in from before, so a stranger hammering a known name only
 * slows down strangers. Counts are forgotten after a quiet hour, and an account's count on its next success.
 * Kept in memory: each instance brakes on its own, and a restart starts afresh (README, Security).
 */
@Component
class LoginThrottle {

    static final Policy ACCOUNT = new Policy(5, Duration.ofMinutes(5));
    static final Policy ADDRESS = new Policy(10, Duration.ofMinutes(15));
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_ENTRIES = 50_000;

    /** failures that cost nothing, and the longest wait the brake ever asks for. */
    record Policy(int freeFailures, Duration cap) {

        Duration delayAfter(int failures) {
            int over = failures - freeFailures;
            if (over <= 0) {
                return Duration.ZERO;
            }
            long seconds = 1L << Math.min(over - 1, 20);
            return seconds >= cap.toSeconds() ? cap : Duration.ofSeconds(seconds);
        }
    }

    private record Entry(int failures, Instant last, Instant notBefore) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this attempt still has to wait, if at all; trusted = the account has signed in from this address. */
    Optional<Duration> waitBefore(String account, String address, boolean trusted) {
        Instant now = clock.instant();
        Instant until = Instant.MIN;
        if (!trusted) {
            until = notBefore(accountKey(account), now);
        }
        if (address != null) {
            Instant byAddress = notBefore(addressKey(address), now);
            until = byAddress.isAfter(until) ? byAddress : until;
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    void failed(String account, String address) {
        record(accountKey(account), ACCOUNT);
        if (address != null) {
            record(addressKey(address), ADDRESS);
        }
    }

    /** A correct password: the account's count starts again (the address's does not, it may be guessing others). */
    void succeeded(String account) {
        entries.remove(accountKey(account));
    }

    /** Whether strangers currently have to wait before trying this account. */
    boolean isBraked(String account) {
        return notBefore(accountKey(account), clock.instant()).isAfter(clock.instant());
    }

    void forget(String account) {
        entries.remove(accountKey(account));
    }

    int size() {
        return entries.size();
    }

    private Instant notBefore(String key, Instant now) {
        Entry entry = entries.get(key);
        return entry == null || stale(entry, now) ? Instant.MIN : entry.notBefore();
    }

    private void record(String key, Policy policy) {
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(entry -> stale(entry, now));
        }
        if (entries.size() >= MAX_ENTRIES) {
            // a flood of made-up names: keep only the counts that brake someone right now
            entries.values().removeIf(entry -> !entry.notBefore().isAfter(now));
        }
        entries.compute(key, (k, old) -> {
            int failures = old == null || stale(old, now) ? 1 : old.failures() + 1;
            return new Entry(failures, now, now.plus(policy.delayAfter(failures)));
        });
    }

    private static boolean stale(Entry entry, Instant now) {
        return entry.notBefore().plus(FORGET_AFTER).isBefore(now);
    }

    static String normalize(String account) {
        String name = account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
        return name.length() <= 64 ? name : name.substring(0, 64);
    }

    private static String accountKey(String account) {
        return "account:" + normalize(account);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
