package vn.binhthuy.partybuilding.security;

import org.springframework.stereotype.Component;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A brake on password guessing that nobody can turn into a lock-out. Failed sign-ins are counted per typed account
 * name (existing or not, so the brake says nothing about which names exist) and per source address; past a few
 * free failures each further attempt has to wait twice as long as the previous one, up to a cap. The account brake
 * does not apply from an address the account has signed in from before, so a stranger hammering a known name only
 * slows down strangers. Counts are forgotten after a quiet hour, and an account's count on its next success.
 * Kept in memory: each instance brakes on its own, and a restart starts afresh (README, Security).
 * <p>
 * A name is counted in the spelling the database compares it in ({@link #canonicalName}): full-width letters, soft
 * hyphens or upper case do not make a fresh count. A typed name that cannot be a user name is counted under one
 * shared key. An IPv6 address is counted by its /64, the block one customer usually gets.
 * <p>
 * An attempt is admitted atomically ({@link #admit}): it counts as in flight, and pushes the brake as if it had
 * already failed, until it is settled ({@link #failed}, {@link #succeeded}, {@link #released}); so attempts sent in
 * parallel do not all pass before the first failure is counted.
 */
@Component
class LoginThrottle {

    static final Policy ACCOUNT = new Policy(5, Duration.ofMinutes(5));
    static final Policy ADDRESS = new Policy(10, Duration.ofMinutes(15));
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_ENTRIES = 50_000;
    /** All typed names that cannot be user names share this count (and never reach the database). */
    static final String NOT_A_USER_NAME = "account:(not a user name)";

    /** The user names accounts are created with (UserAccountService), after lower-casing. */
    static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /**
     * Characters a collation ignores, which look like nothing: format characters (soft hyphen, zero-width space and
     * joiners, word joiner, byte-order mark …), variation selectors, the combining grapheme joiner, Hangul fillers,
     * Mongolian free variation selectors and tags.
     */
    private static final Pattern IGNORABLE = Pattern.compile(
            "[\\p{Cf}\\u034F\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u3164\\uFE00-\\uFE0F\\uFFA0\\x{E0000}-\\x{E0FFF}]");
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z_.-]+)?");

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

    /**
     * failures counted, attempts admitted but not yet settled, the time of the last change, the brake, and whether
     * an attempt refused by this brake (this notBefore) was already reported for the audit log.
     */
    private record Entry(int failures, int inFlight, Instant last, Instant notBefore, boolean refusalReported) {

        Entry(int failures, int inFlight, Instant last, Instant notBefore, Entry old) {
            this(failures, inFlight, last, notBefore,
                    old != null && old.refusalReported() && old.notBefore().equals(notBefore));
        }
    }

    /** The answer to an attempt: go ahead (and settle it afterwards), or wait. */
    sealed interface Admission permits Admitted, Refused {}

    /** An admitted attempt; exactly one of failed, succeeded or released settles it. */
    record Admitted(String accountKey, String addressKey) implements Admission {}

    /** Too early; firstInWindow: the first attempt this brake refused (the only one worth an audit row). */
    record Refused(Duration delay, boolean firstInWindow) implements Admission {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Admits an attempt or refuses it, atomically for each count: the address first, then the name, unless the
     * name is trusted from this address (it signed in from there); an admitted attempt is counted as in flight.
     */
    Admission admit(String typedName, String address, boolean trusted) {
        Instant now = clock.instant();
        makeRoom(now);
        String accountKey = accountKey(typedName);
        String addressKey = address == null ? null : addressKey(address);
        if (addressKey != null) {
            Refused refused = take(addressKey, ADDRESS, true, now);
            if (refused != null) {
                return refused;
            }
        }
        Refused refused = take(accountKey, ACCOUNT, !trusted, now);
        if (refused != null) {
            if (addressKey != null) {
                release(addressKey, ADDRESS);
            }
            return refused;
        }
        return new Admitted(accountKey, addressKey);
    }

    /** The password was wrong (or the name unknown, or the account disabled): both counts go up. */
    void failed(Admitted attempt) {
        settleFailure(attempt.accountKey(), ACCOUNT, true);
        if (attempt.addressKey() != null) {
            settleFailure(attempt.addressKey(), ADDRESS, true);
        }
    }

    /** A correct password: the account's count starts again (the address's does not, it may be guessing others). */
    void succeeded(Admitted attempt) {
        entries.remove(attempt.accountKey());
        if (attempt.addressKey() != null) {
            release(attempt.addressKey(), ADDRESS);
        }
    }

    /** The attempt was not decided (trouble on our side): it counts against nobody. */
    void released(Admitted attempt) {
        release(attempt.accountKey(), ACCOUNT);
        if (attempt.addressKey() != null) {
            release(attempt.addressKey(), ADDRESS);
        }
    }

    /** How long an attempt would still have to wait, if at all (looks only, admits nothing). */
    Optional<Duration> waitBefore(String typedName, String address, boolean trusted) {
        Instant now = clock.instant();
        Instant until = Instant.MIN;
        if (!trusted) {
            until = notBefore(accountKey(typedName), now);
        }
        if (address != null) {
            Instant byAddress = notBefore(addressKey(address), now);
            until = byAddress.isAfter(until) ? byAddress : until;
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a failure without an admitted attempt (as if admitted and failed at once). */
    void failed(String typedName, String address) {
        makeRoom(clock.instant());
        settleFailure(accountKey(typedName), ACCOUNT, false);
        if (address != null) {
            settleFailure(addressKey(address), ADDRESS, false);
        }
    }

    /** Whether strangers currently have to wait before trying this account. */
    boolean isBraked(String typedName) {
        return notBefore(accountKey(typedName), clock.instant()).isAfter(clock.instant());
    }

    /** Whether every attempt from this address currently has to wait. */
    boolean isAddressBraked(String address) {
        return address != null && notBefore(addressKey(address), clock.instant()).isAfter(clock.instant());
    }

    void forget(String typedName) {
        entries.remove(accountKey(typedName));
    }

    int size() {
        return entries.size();
    }

    private Instant notBefore(String key, Instant now) {
        Entry entry = entries.get(key);
        return entry == null || stale(entry, now) ? Instant.MIN : entry.notBefore();
    }

    /** Admits one attempt on this count (refusing it if braked and enforced); null if admitted. */
    private Refused take(String key, Policy policy, boolean enforce, Instant now) {
        Refused[] refused = {null};
        entries.compute(key, (k, old) -> {
            Entry entry = old == null || stale(old, now) ? null : old;
            if (entry != null && enforce && entry.notBefore().isAfter(now)) {
                refused[0] = new Refused(Duration.between(now, entry.notBefore()), !entry.refusalReported());
                return new Entry(entry.failures(), entry.inFlight(), entry.last(), entry.notBefore(), true);
            }
            int failures = entry == null ? 0 : entry.failures();
            int inFlight = (entry == null ? 0 : entry.inFlight()) + 1;
            // the attempt brakes the next one as if it had failed already
            Instant notBefore = now.plus(policy.delayAfter(failures + inFlight));
            if (entry != null && entry.notBefore().isAfter(notBefore)) {
                notBefore = entry.notBefore();
            }
            return new Entry(failures, inFlight, now, notBefore, entry);
        });
        return refused[0];
    }

    private void settleFailure(String key, Policy policy, boolean admitted) {
        Instant now = clock.instant();
        entries.compute(key, (k, old) -> {
            Entry entry = old == null || stale(old, now) ? null : old;
            int failures = (entry == null ? 0 : entry.failures()) + 1;
            int inFlight = entry == null ? 0 : Math.max(entry.inFlight() - (admitted ? 1 : 0), 0);
            return new Entry(failures, inFlight, now, now.plus(policy.delayAfter(failures + inFlight)), entry);
        });
    }

    private void release(String key, Policy policy) {
        entries.computeIfPresent(key, (k, entry) -> {
            int inFlight = Math.max(entry.inFlight() - 1, 0);
            if (entry.failures() == 0 && inFlight == 0) {
                return null;
            }
            return new Entry(entry.failures(), inFlight, entry.last(),
                    entry.last().plus(policy.delayAfter(entry.failures() + inFlight)), entry);
        });
    }

    private void makeRoom(Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(entry -> stale(entry, now));
        }
        if (entries.size() >= MAX_ENTRIES) {
            // a flood of made-up names: keep only the counts that brake someone right now or await an answer
            entries.values().removeIf(entry -> !entry.notBefore().isAfter(now) && entry.inFlight() == 0);
        }
    }

    private static boolean stale(Entry entry, Instant now) {
        return entry.notBefore().plus(FORGET_AFTER).isBefore(now);
    }

    /**
     * The user name a typed name stands for, as the database's accent-sensitive, case-insensitive collation
     * compares it: compatibility-normalized (NFKC: full-width letters become ASCII), invisible characters removed,
     * trimmed, lower-cased. Empty if the result is not a possible user name ({@link #USER_NAME}): such a name is
     * answered "wrong name or password" without asking the database.
     */
    static Optional<String> canonicalName(String typed) {
        if (typed == null || typed.length() > 256) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        name = IGNORABLE.matcher(name).replaceAll("").strip().toLowerCase(Locale.ROOT);
        name = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return USER_NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    /** The name an attempt is audited under: the user name it stands for, or what was typed (cut short). */
    static String auditName(String typed) {
        return canonicalName(typed).orElseGet(() -> {
            String name = typed == null ? "" : typed.strip();
            return name.length() <= 64 ? name : name.substring(0, 64);
        });
    }

    static String accountKey(String typedName) {
        return canonicalName(typedName).map(name -> "account:" + name).orElse(NOT_A_USER_NAME);
    }

    /** An IPv4 address counts on its own, an IPv6 address by its /64 (one customer's block, not one machine). */
    static String addressKey(String address) {
        if (address.indexOf(':') >= 0 && IP_LITERAL.matcher(address).matches()) {
            try {
                // a literal: parsed, never looked up
                InetAddress parsed = InetAddress.getByName(address);
                if (parsed instanceof Inet6Address v6) {
                    return "address:" + HexFormat.of().formatHex(v6.getAddress(), 0, 8) + "::/64";
                }
                if (parsed instanceof Inet4Address v4) {
                    return "address:" + v4.getHostAddress();
                }
            } catch (UnknownHostException e) {
                // not an address after all: counted as written
            }
        }
        return "address:" + address;
    }
}
