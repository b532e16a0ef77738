package vn.binhthuy.partybuilding.members;

import java.time.LocalDate;

/** A party member as listed in the member register, with the cell they are in now (none once they have left). */
public record MemberRow(long id, String code, String fullName, String gender, int birthYear, LocalDate admittedOn,
                        LocalDate officialOn, LocalDate leftOn, String departureReason, String cellName, String organizationName, int version) {
}
