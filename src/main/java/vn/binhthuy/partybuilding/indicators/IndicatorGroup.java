package vn.binhthuy.partybuilding.indicators;

import java.util.Arrays;
import java.util.List;

/**
 * The three groups of the 27 manifestations (NQTW4 khóa XII), 9 in each, fixed by the resolution: A political
 * ideology, B ethics and lifestyle, C "self-evolution, self-transformation". Their names are in indicator_group and
 * the messages (indicator.group.A…); an indicator's code starts with its group's.
 */
public enum IndicatorGroup {
    A, B, C;

    /** The groups' codes in order, as stored in indicator.group_code and written in URLs (?group=B). */
    public static List<String> codes() {
        return Arrays.stream(values()).map(IndicatorGroup::name).toList();
    }
}
