package vn.binhthuy.partybuilding.classification;

/** How many ratings one level of the year's scale received. */
public record LevelCount(String levelCode, int levelRank, long ratings) {
}
