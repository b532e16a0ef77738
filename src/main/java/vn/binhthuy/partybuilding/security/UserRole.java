package vn.binhthuy.partybuilding.security;

import org.springframework.data.relational.core.mapping.Table;

/** One role held by a user (a row of app_user_role). */
@Table("app_user_role")
record UserRole(String roleCode) {

    Role role() {
        return Role.valueOf(roleCode);
    }
}
