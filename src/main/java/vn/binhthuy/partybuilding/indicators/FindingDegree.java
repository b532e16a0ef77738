package vn.binhthuy.partybuilding.indicators;

/** How serious a manifestation found is. */
public enum FindingDegree { MILD, MODERATE, SERIOUS }
