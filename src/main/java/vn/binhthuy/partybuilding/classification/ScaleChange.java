package vn.binhthuy.partybuilding.classification;

/** A new rating scale taking effect: from this year on the levels are another regulation's, not comparable before. */
public record ScaleChange(int fromYear, String regulation) {
}
