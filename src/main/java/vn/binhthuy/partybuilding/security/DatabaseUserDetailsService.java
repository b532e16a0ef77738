package vn.binhthuy.partybuilding.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitLevel;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;


/**
 * Loads users and their roles from MariaDB; the organization a secretary is bound to comes from their unit. No
 * account is ever locked: repeated failures are braked by {@link LoginThrottle} instead. An administrator account
 * that still holds party-data roles from before they became exclusive signs in as an administrator only (README,
 * "Administrator accounts"); the log says so once per account until the operator removes the roles.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUserDetailsService.class);
    private static final Set<Role> DATA_ROLES = EnumSet.of(Role.LEADERSHIP, Role.ORG_BOARD, Role.SECRETARY);

    private final UserRepository users;
    private final UnitService units;
    private final Set<String> warnedAbout = ConcurrentHashMap.newKeySet();

    DatabaseUserDetailsService(UserRepository users, UnitService units) {
        this.users = users;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public PartyUser loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        Optional<Unit> unit = user.unitId() == null ? Optional.empty() : units.byId(user.unitId());
        Long organizationId = unit.flatMap(units::organizationOf).map(Unit::id).orElse(null);
        Long districtId = unit.filter(u -> u.level() == UnitLevel.DISTRICT && u.parentId() != null).map(Unit::id)
                .orElse(null);
        return new PartyUser(user.id(), user.username(), user.passwordHash(), user.displayName(), effectiveRoles(user),
                user.unitId(), organizationId, districtId, user.enabled(), false);
    }

    private Set<Role> effectiveRoles(AppUser user) {
        Set<Role> roles = user.roleSet();
        if (!roles.contains(Role.ADMIN) || roles.stream().noneMatch(DATA_ROLES::contains)) {
            return roles;
        }
        if (warnedAbout.add(user.username())) {
            log.warn("Account '{}' holds ADMIN together with party-data roles {}; it signs in as an administrator only."
                            + " Remove the data roles (README, Administrator accounts).", user.username(),
                    roles.stream().filter(DATA_ROLES::contains).sorted().toList());
        }
        return EnumSet.of(Role.ADMIN);
    }
}
