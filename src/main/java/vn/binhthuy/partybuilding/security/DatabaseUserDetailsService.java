package vn.binhthuy.partybuilding.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;


/**
 * Loads users and their roles from MariaDB; the organization a secretary is bound to comes from their unit. No
 * account is ever locked: repeated failures are braked by {@link LoginThrottle} instead.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final UnitService units;

    DatabaseUserDetailsService(UserRepository users, UnitService units) {
        this.users = users;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public PartyUser loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        Long organizationId = user.unitId() == null ? null
                : units.byId(user.unitId()).flatMap(units::organizationOf).map(Unit::id).orElse(null);
        return new PartyUser(user.id(), user.username(), user.passwordHash(), user.displayName(), user.roleSet(),
                user.unitId(), organizationId, user.enabled(), false);
    }
}
