package vn.binhthuy.partybuilding.units;

public enum UnitLevel { DISTRICT, GRASSROOTS, CELL }
