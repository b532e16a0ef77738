package vn.binhthuy.partybuilding.units;

/** A node of the party hierarchy: the district, a grassroots organization (TCCSĐ) or a cell. */
public record Unit(long id, String code, Long parentId, String kindCode, UnitLevel level, String name,
                   String shortName, int validFromYear, Integer validToYear, int sortOrder) {

    public boolean isValidIn(int year) {
        return validFromYear <= year && (validToYear == null || validToYear >= year);
    }
}
