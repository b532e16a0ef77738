package vn.binhthuy.partybuilding.units;

/** PROVINCE only exists above several districts (the scale-test data); the demo's root is its district. */
public enum UnitLevel { PROVINCE, DISTRICT, GRASSROOTS, CELL }
