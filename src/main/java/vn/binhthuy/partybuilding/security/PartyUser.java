package vn.binhthuy.partybuilding.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.Set;

/**
 * The signed-in user as Spring Security sees it. organizationId is the grassroots organization (TCCSĐ) a
 * secretary is bound to, null for users above it; districtId the district below a province root the account is bound
 * to (where a leadership grant on it confines the user), null otherwise. Both are read at sign-in, so that checking
 * them needs no database (an account's unit changing ends its sessions).
 */
public record PartyUser(long id, String username, String passwordHash, String displayName, Set<Role> roles,
                        Long unitId, Long organizationId, Long districtId, boolean enabled, boolean locked)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return "PartyUser[" + username + ", " + roles + "]";
    }
}
