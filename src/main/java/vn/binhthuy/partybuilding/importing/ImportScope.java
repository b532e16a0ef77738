package vn.binhthuy.partybuilding.importing;

import vn.binhthuy.partybuilding.security.AccessGuard;

/**
 * What a file is imported into: a grassroots organization, or (unitId null) the whole committee — the register, or
 * a Board's file of all organizations; and for yearly records the year (null for the register: units and members).
 */
public record ImportScope(Long unitId, Integer year) {

    public static ImportScope of(Long unitId, Integer year) {
        return new ImportScope(unitId, year);
    }

    public static ImportScope wholeCommittee(Integer year) {
        return new ImportScope(null, year);
    }

    public boolean isWholeCommittee() {
        return unitId == null;
    }

    /**
     * The message key of a problem worded for this scope: "…in this organization" for an organization's file, its
     * ".committee" variant ("…in the committee") for the whole committee's.
     */
    String wording(String key) {
        return isWholeCommittee() ? key + ".committee" : key;
    }

    /**
     * Fails unless the current user may import into this scope: an organization's editor (its secretary or the
     * Board), and for the whole committee the Organization Board only.
     */
    void requireEditor(AccessGuard guard) {
        if (unitId == null) {
            guard.requireOrganizationBoard();
        } else {
            guard.requireEditorOf(unitId);
        }
    }

    /** How the import is named in the audit log: "12/2019"; "all/2019" for the whole committee, "all" for the register. */
    String auditKey() {
        String unit = unitId == null ? "all" : String.valueOf(unitId);
        return year == null ? unit : unit + "/" + year;
    }
}
