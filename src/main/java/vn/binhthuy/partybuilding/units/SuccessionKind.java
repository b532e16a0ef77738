package vn.binhthuy.partybuilding.units;

/**
 * How a unit continues as another from a year: moved to another parent, merged with others into one, or one of the
 * organizations of a dissolved level, now under the level above.
 */
public enum SuccessionKind { MOVE, MERGE, DISSOLVE }
