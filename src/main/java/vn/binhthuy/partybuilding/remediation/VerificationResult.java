package vn.binhthuy.partybuilding.remediation;

/** What the post-inspection (hậu kiểm tra) found: the shortcoming really fixed, or not yet. */
public enum VerificationResult { CONFIRMED, NOT_CONFIRMED }
