package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.Component;

/**
 * What a feature adds to the navigation drawer above the menu (a search for units, say), without the shell knowing
 * the feature: the shell asks every such bean for a new component per browser tab.
 */
public interface DrawerExtension {

    Component create();

    /** Whether the signed-in user gets it at all (e.g. only users who read party data). */
    boolean isAvailable();
}
