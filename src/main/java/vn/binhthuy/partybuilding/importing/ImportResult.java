package vn.binhthuy.partybuilding.importing;

/** How a confirmed import changed the database. */
public record ImportResult(int created, int updated, int unchanged) {
}
