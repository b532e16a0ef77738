package vn.binhthuy.partybuilding.importing;

/** What the import page offers to import into: a grassroots organization, or (unitId null) the whole committee. */
public record ImportTarget(Long unitId, String code, String name, String shortName) {

    static ImportTarget wholeCommittee() {
        return new ImportTarget(null, "", "", "");
    }

    public boolean isWholeCommittee() {
        return unitId == null;
    }
}
