package vn.binhthuy.partybuilding.security;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitLevel;
import vn.binhthuy.partybuilding.units.UnitService;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Accounts: changing one's own password, and the administrators' user management. Every change is audited.
 * Administrators manage access but never hold it: the ADMIN role excludes the party-data roles, nobody widens their
 * own roles or unit, and the ADMIN role itself is neither granted nor taken here (README, "Administrator accounts");
 * nor is an administrator account disabled, enabled or given a new password here, so that one administrator cannot
 * shut the others out or sign in as them.
 * A change to what an account may do (roles, unit, disabled) and a password reset end that user's live sessions: the
 * signed-in user, roles and all, lives in the HTTP session, which Vaadin's heartbeats would otherwise keep alive.
 */
@Service
public class UserAccountService {

    private static final Set<Role> DATA_ROLES = EnumSet.of(Role.LEADERSHIP, Role.ORG_BOARD, Role.SECRETARY);
    private static final Pattern USERNAME = LoginThrottle.USER_NAME;
    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final UserRepository users;
    private final UnitService units;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final SessionRegistry sessions;
    private final SecureRandom random = new SecureRandom();

    public UserAccountService(UserRepository users, UnitService units, PasswordEncoder encoder, AuditLog audit,
                              CurrentUser currentUser, Clock clock, LoginThrottle throttle, SessionRegistry sessions) {
        this.users = users;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    /**
     * The accounts bound to any of these units (for the Organization Board's reorganization preview: an account keeps
     * its unit when that unit ends, and only the administrator binds it to another).
     */
    @Secured("ROLE_ORG_BOARD")
    @Transactional(readOnly = true)
    public List<String> accountsBoundTo(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : users.usernamesBoundTo(unitIds);
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return users.mustChangePassword(username).orElse(false);
    }

    /** Changes the signed-in user's own password after checking the current one and the policy. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String repeated) {
        String username = currentUser.username().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        AppUser user = users.findByUsername(username).orElseThrow(() -> new AccessDeniedException("Unknown user"));
        if (!encoder.matches(currentPassword == null ? "" : currentPassword, user.passwordHash())) {
            throw new InvalidInputException("password.current.wrong");
        }
        if (!newPassword.equals(repeated)) {
            throw new InvalidInputException("password.repeat.mismatch");
        }
        PasswordPolicy.violation(username, newPassword).ifPresent(key -> {
            throw new InvalidInputException(key);
        });
        if (encoder.matches(newPassword, user.passwordHash())) {
            throw new InvalidInputException("password.rule.same");
        }
        users.save(user.withPassword(encoder.encode(newPassword), false, LocalDateTime.now(clock)));
        audit.record(AuditAction.PASSWORD_CHANGED, "USER", username, null, null, null);
        // whoever knew the old password is signed out everywhere else; the browser that changed it stays signed in
        String thisSession = RequestContextHolder.getRequestAttributes() == null ? null
                : RequestContextHolder.getRequestAttributes().getSessionId();
        endSessionsOf(username, session -> !session.getSessionId().equals(thisSession));
    }

    @Secured("ROLE_ADMIN")
    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return users.findAllByOrderByUsername().stream().map(this::toAccount).toList();
    }

    /** Creates an account with a temporary password that must be changed at first login; returns that password. */
    @Secured("ROLE_ADMIN")
    @Transactional
    public String create(String username, String displayName, Long unitId, Set<Role> roles) {
        String normalized = username == null ? "" : username.trim().toLowerCase();
        if (!USERNAME.matcher(normalized).matches()) {
            throw new InvalidInputException("user.username.invalid");
        }
        if (users.findByUsername(normalized).isPresent()) {
            throw new InvalidInputException("user.username.taken");
        }
        validate(displayName, unitId, roles);
        if (roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("user.admin.outside-application");
        }
        String temporary = temporaryPassword();
        AppUser created = users.save(new AppUser(null, normalized, encoder.encode(temporary), displayName.trim(),
                unitId, true, true, 0, null, null, null, Set.of(), null)
                .withAccount(displayName.trim(), unitId, true, roles));
        audit.record(AuditAction.USER_CREATED, "USER", normalized, null, null, toAccount(created).snapshot());
        return temporary;
    }

    /** Saves an administrator's edit; refused if someone else changed the account since it was read. */
    @Secured("ROLE_ADMIN")
    @Transactional
    public UserAccount update(UserAccount edited) {
        AppUser stored = stored(edited.id());
        if (!stored.version().equals(edited.version())) {
            throw new OptimisticLockingFailureException("User " + edited.username() + " changed meanwhile");
        }
        validate(edited.displayName(), edited.unitId(), edited.roles());
        boolean own = stored.username().equals(currentUser.username().orElse(null));
        if (own && (!edited.enabled() || !edited.roles().contains(Role.ADMIN))) {
            throw new InvalidInputException("user.self-lockout");
        }
        if (own && (!stored.roleSet().containsAll(edited.roles()) || !Objects.equals(stored.unitId(), edited.unitId()))) {
            throw new InvalidInputException("user.self-escalation");
        }
        boolean rolesChanged = !stored.roleSet().equals(edited.roles());
        if (rolesChanged && (stored.roleSet().contains(Role.ADMIN) || edited.roles().contains(Role.ADMIN))) {
            throw new InvalidInputException("user.admin.outside-application");
        }
        if (stored.roleSet().contains(Role.ADMIN) && stored.enabled() != edited.enabled()) {
            throw new InvalidInputException("user.admin.account-outside-application");
        }
        UserAccount before = toAccount(stored);
        AppUser saved = users.save(stored.withAccount(edited.displayName().trim(), edited.unitId(), edited.enabled(),
                edited.roles()));
        UserAccount after = toAccount(saved);
        audit.record(AuditAction.USER_UPDATED, "USER", stored.username(), null, before.snapshot(), after.snapshot());
        if (rolesChanged || !Objects.equals(stored.unitId(), saved.unitId()) || stored.enabled() != saved.enabled()) {
            endSessionsOf(stored.username());
        }
        return after;
    }

    /** Sets a new temporary password (to be changed at next login) and returns it. */
    @Secured("ROLE_ADMIN")
    @Transactional
    public String resetPassword(long userId) {
        AppUser stored = stored(userId);
        if (stored.roleSet().contains(Role.ADMIN)) {
            throw new InvalidInputException("user.admin.account-outside-application");
        }
        String temporary = temporaryPassword();
        users.save(stored.withPassword(encoder.encode(temporary), true, LocalDateTime.now(clock)).unlocked());
        audit.record(AuditAction.USER_PASSWORD_RESET, "USER", stored.username(), null, null, null);
        endSessionsOf(stored.username());
        return temporary;
    }

    @Secured("ROLE_ADMIN")
    @Transactional
    public void unlock(long userId) {
        AppUser stored = stored(userId);
        users.save(stored.unlocked());
        throttle.forget(stored.username());
        audit.record(AuditAction.USER_UNLOCKED, "USER", stored.username(), null, null, null);
    }

    /**
     * Ends every live session of the user once the change is committed: their next request (a click, a heartbeat)
     * finds itself signed out, and signing in again loads the account as it is now.
     */
    private void endSessionsOf(String username) {
        endSessionsOf(username, session -> true);
    }

    private void endSessionsOf(String username, Predicate<SessionInformation> which) {
        Runnable expire = () -> sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof PartyUser user && user.username().equals(username))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .filter(which)
                .forEach(SessionInformation::expireNow);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    expire.run();
                }
            });
        } else {
            expire.run();
        }
    }

    private void validate(String displayName, Long unitId, Set<Role> roles) {
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("user.display-name.required");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("user.roles.required");
        }
        Set<Role> held = new HashSet<>(roles);
        held.retainAll(DATA_ROLES);
        if (!held.isEmpty() && roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("user.roles.admin-exclusive");
        }
        // leadership without a unit reads the whole tree (AccessGuard); the Board and secretaries need theirs — except
        // the first Board account on an empty database, created before any unit: it imports them
        if (!held.isEmpty() && unitId == null && !held.equals(EnumSet.of(Role.LEADERSHIP))
                && !(roles.equals(Set.of(Role.ORG_BOARD)) && units.district().isEmpty())) {
            throw new InvalidInputException("user.unit.required");
        }
        if (held.equals(EnumSet.of(Role.LEADERSHIP)) && unitId != null) {
            // leadership alone is granted on a subtree: the whole tree (the root) or one district below it; with the
            // Board's role the account reads everything anyway, with a secretary's its unit is their organization
            Unit unit = units.byId(unitId).orElse(null);
            if (unit == null || !(unit.parentId() == null || unit.level() == UnitLevel.DISTRICT)) {
                throw new InvalidInputException("user.unit.leadership");
            }
        }
        if (roles.contains(Role.SECRETARY)) {
            Unit unit = unitId == null ? null : units.byId(unitId).orElse(null);
            if (unit == null || unit.level() == UnitLevel.DISTRICT || unit.level() == UnitLevel.PROVINCE) {
                throw new InvalidInputException("user.unit.secretary");
            }
        }
    }

    private String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.append(random.nextInt(10)).toString();
    }

    private UserAccount toAccount(AppUser user) {
        String unitName = user.unitId() == null ? "" : units.byId(user.unitId()).map(Unit::name).orElse("");
        return new UserAccount(user.id(), user.username(), user.displayName(), user.unitId(), unitName,
                user.roleSet(), user.enabled(), user.mustChangePassword(), throttle.isBraked(user.username()),
                user.lastLoginAt(), user.version());
    }

    private AppUser stored(Long userId) {
        return users.findById(userId).orElseThrow(() -> new InvalidInputException("user.not-found"));
    }
}
