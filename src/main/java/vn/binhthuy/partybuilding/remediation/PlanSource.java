package vn.binhthuy.partybuilding.remediation;

/** Why a plan was made: the owner's own review, a standing-board review delegation, or an inspection. */
public enum PlanSource { SELF_REVIEW, REVIEW_DELEGATION, INSPECTION }
