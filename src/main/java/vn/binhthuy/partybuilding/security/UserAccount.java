package vn.binhthuy.partybuilding.security;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * A user as administrators see and edit it; never carries the password hash. version guards against two
 * administrators overwriting each other.
 */
public record UserAccount(Long id, String username, String displayName, Long unitId, String unitName,
                          Set<Role> roles, boolean enabled, boolean mustChangePassword, boolean locked,
                          LocalDateTime lastLoginAt, Integer version) {

    /** What the audit log keeps of an account: everything an administrator can change, nothing secret. */
    public record Snapshot(String username, String displayName, Long unitId, Set<Role> roles, boolean enabled,
                           boolean mustChangePassword) {}

    public Snapshot snapshot() {
        return new Snapshot(username, displayName, unitId, roles, enabled, mustChangePassword);
    }
}
