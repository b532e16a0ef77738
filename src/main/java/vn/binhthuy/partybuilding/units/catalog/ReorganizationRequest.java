package vn.binhthuy.partybuilding.units.catalog;

import java.util.List;

/**
 * What the Organization Board asks for: the units as read (their versions guard the change), the year the change
 * takes effect, the new parent (a move, a merge), and the successor's code, name and short name (a merge; a move may
 * give a code, otherwise one is derived).
 */
public record ReorganizationRequest(vn.binhthuy.partybuilding.units.SuccessionKind kind, List<CatalogUnit> units, Long newParentId, Integer fromYear,
                                    String code, String name, String shortName) {

    public ReorganizationRequest {
        units = List.copyOf(units);
    }
}
