package vn.binhthuy.partybuilding.reviews;

/** How the standing board took part in a review: it formed the delegation (LED) or attended (ATTENDED). */
public enum ReviewParticipation { LED, ATTENDED }
