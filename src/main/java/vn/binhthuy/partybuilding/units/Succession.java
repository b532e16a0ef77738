package vn.binhthuy.partybuilding.units;

import java.util.List;

/**
 * One step back in a unit's lineage: from the year, the unit (or one of the units it continues) took over from the
 * named predecessors — moved, merged or out of a dissolved level. Their figures before that year are the
 * predecessors' own.
 */
public record Succession(int fromYear, SuccessionKind kind, String successorName, List<String> predecessorNames) {

    public Succession {
        predecessorNames = List.copyOf(predecessorNames);
    }
}
