package vn.binhthuy.partybuilding.members;

import vn.binhthuy.partybuilding.base.InvalidInputException;

/** A member's gender as the register stores it (the codes M and F); the UI words it in the user's language. */
public enum Gender {
    M, F;

    /** The gender of a code typed or chosen in a form; any other code is refused. */
    static Gender of(String code) {
        for (Gender gender : values()) {
            if (gender.name().equals(code)) {
                return gender;
            }
        }
        throw new InvalidInputException("member.error.gender");
    }
}
