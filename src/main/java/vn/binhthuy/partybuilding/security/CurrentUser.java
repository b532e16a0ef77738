package vn.binhthuy.partybuilding.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The signed-in user of the current request (or Vaadin UI), if any. */
@Component
public class CurrentUser {

    public Optional<PartyUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PartyUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Whether the current authentication carries the role (works for test users too, not only PartyUser). */
    public boolean has(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }

    /** The product roles the current authentication carries. */
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (has(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    public Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : Optional.of(authentication.getName());
    }
}
