package vn.binhthuy.partybuilding.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.time.Clock;
import java.time.LocalDateTime;

/** Loads users and their roles from MariaDB; the organization a secretary is bound to comes from their unit. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final UnitService units;
    private final Clock clock;

    DatabaseUserDetailsService(UserRepository users, UnitService units, Clock clock) {
        this.users = users;
        this.units = units;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PartyUser loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        Long organizationId = user.unitId() == null ? null
                : units.byId(user.unitId()).flatMap(units::organizationOf).map(Unit::id).orElse(null);
        return new PartyUser(user.id(), user.username(), user.passwordHash(), user.displayName(), user.roleSet(),
                user.unitId(), organizationId, user.enabled(), user.isLocked(LocalDateTime.now(clock)));
    }
}
