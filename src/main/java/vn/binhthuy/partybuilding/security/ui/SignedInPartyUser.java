package vn.binhthuy.partybuilding.security.ui;

import org.springframework.stereotype.Component;
import vn.binhthuy.partybuilding.base.ui.SignedInUser;
import vn.binhthuy.partybuilding.security.CurrentUser;
import vn.binhthuy.partybuilding.security.PartyUser;
import vn.binhthuy.partybuilding.security.Role;

/** The current user for the application shell: their display name (or user name) and whether they read figures. */
@Component
class SignedInPartyUser implements SignedInUser {

    private final CurrentUser currentUser;

    SignedInPartyUser(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public String displayName() {
        return currentUser.get().map(PartyUser::displayName).or(currentUser::username).orElse("");
    }

    @Override
    public boolean seesPartyData() {
        return currentUser.get().isPresent()
                && (currentUser.has(Role.LEADERSHIP) || currentUser.has(Role.ORG_BOARD) || currentUser.has(Role.SECRETARY));
    }
}
