package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.component.Component;
import vn.binhthuy.partybuilding.base.ui.DrawerExtension;
import vn.binhthuy.partybuilding.security.AccessGuard;

/** Puts the unit picker in the drawer of users who read party data (not the administrator). */
@org.springframework.stereotype.Component
class UnitPickerDrawer implements DrawerExtension {

    private final UnitNavigation navigation;
    private final AccessGuard guard;

    UnitPickerDrawer(UnitNavigation navigation, AccessGuard guard) {
        this.navigation = navigation;
        this.guard = guard;
    }

    @Override
    public Component create() {
        return new UnitPicker(navigation);
    }

    @Override
    public boolean isAvailable() {
        return guard.readsPartyData();
    }
}
