package vn.binhthuy.partybuilding.security;

/** The roles of the product; a user may hold several. */
public enum Role {
    /** District leadership (BTV): reads everything, exports. */
    LEADERSHIP,
    /** Organization Board staff: reads and edits everything, imports. */
    ORG_BOARD,
    /** Grassroots secretary: reads and edits their own organization and its cells only. */
    SECRETARY,
    /** Administrator: users and roles, the audit log. */
    ADMIN;

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String LEADERSHIP = "LEADERSHIP";
        public static final String ORG_BOARD = "ORG_BOARD";
        public static final String SECRETARY = "SECRETARY";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
