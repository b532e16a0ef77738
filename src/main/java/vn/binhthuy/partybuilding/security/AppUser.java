package vn.binhthuy.partybuilding.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;

/** A user account; edited by administrators with optimistic locking (version). */
@Table("app_user")
record AppUser(@Id Long id, String username, String passwordHash, String displayName, Long unitId, boolean enabled,
               boolean mustChangePassword, int failedLogins, LocalDateTime lockedUntil,
               LocalDateTime passwordChangedAt, LocalDateTime lastLoginAt,
               @MappedCollection(idColumn = "user_id") Set<UserRole> roles, @Version Integer version) {

    Set<Role> roleSet() {
        return roles.stream().map(UserRole::role).collect(Collectors.toSet());
    }

    AppUser withPassword(String hash, boolean mustChange, LocalDateTime changedAt) {
        return new AppUser(id, username, hash, displayName, unitId, enabled, mustChange, failedLogins, lockedUntil,
                changedAt, lastLoginAt, roles, version);
    }

    AppUser withAccount(String newDisplayName, Long newUnitId, boolean newEnabled, Set<Role> newRoles) {
        return new AppUser(id, username, passwordHash, newDisplayName, newUnitId, newEnabled, mustChangePassword,
                failedLogins, lockedUntil, passwordChangedAt, lastLoginAt,
                newRoles.stream().map(r -> new UserRole(r.name())).collect(Collectors.toSet()), version);
    }

    AppUser unlocked() {
        return new AppUser(id, username, passwordHash, displayName, unitId, enabled, mustChangePassword, 0, null,
                passwordChangedAt, lastLoginAt, roles, version);
    }
}
