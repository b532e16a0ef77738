package vn.binhthuy.partybuilding.members;

/** Register filters: text matches name or code; organizationId null = all; former members only when asked. */
public record MemberFilter(String text, Long organizationId, boolean includeLeft) {
}
