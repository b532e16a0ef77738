package vn.binhthuy.partybuilding.classification;

public enum RatingSubject { ORGANIZATION, MEMBER }
