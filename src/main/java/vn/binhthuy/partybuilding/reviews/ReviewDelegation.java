package vn.binhthuy.partybuilding.reviews;

import java.time.LocalDate;

/**
 * A review the standing board led (formed a delegation for) or attended. individual = the review of a member;
 * the member's name is left to the access rules, the subject shown is the member's unit.
 */
public record ReviewDelegation(long id, int year, long unitId, String unitName, boolean individual,
                               ReviewParticipation participation, LocalDate reviewDate, String headName, String note,
                               int version) {

    public boolean led() {
        return participation == ReviewParticipation.LED;
    }
}
