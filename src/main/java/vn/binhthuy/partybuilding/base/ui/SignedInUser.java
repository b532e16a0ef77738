package vn.binhthuy.partybuilding.base.ui;

/** The signed-in user as the application shell shows them; the security feature provides it. */
public interface SignedInUser {

    /** The name in the header's account menu. */
    String displayName();

    /** Whether the user reads party figures at all (the header then offers their years). */
    boolean seesPartyData();
}
