package vn.binhthuy.partybuilding.base.ui;

import java.util.List;

/** The years that hold figures, oldest first, for the header's year selector; the classification feature provides it. */
public interface FigureYears {

    List<Integer> years();
}
