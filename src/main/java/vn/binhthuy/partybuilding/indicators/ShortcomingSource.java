package vn.binhthuy.partybuilding.indicators;

/**
 * Where a shortcoming came to light, for a finding of a manifestation and for the plan that remedies it alike: the
 * owner's own review ("tự kiểm điểm", for findings the self-examination "tự soi, tự sửa"), a review attended by a
 * standing-board review delegation, or an inspection.
 */
public enum ShortcomingSource { SELF_REVIEW, REVIEW_DELEGATION, INSPECTION }
