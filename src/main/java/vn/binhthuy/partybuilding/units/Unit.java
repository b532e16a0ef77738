package vn.binhthuy.partybuilding.units;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.binhthuy.partybuilding.base.ValidYears;

/**
 * A node of the party hierarchy: the district, a grassroots organization (TCCSĐ) or a cell. The aggregate the unit
 * catalog saves (a save based on an outdated version is refused); the dashboards read it with SQL.
 */
@Table("unit")
public record Unit(@Id long id, String code, Long parentId, String kindCode, UnitLevel level, String name,
                   String shortName, int validFromYear, Integer validToYear, int sortOrder,
                   @Version Integer version) {

    /** A unit not saved yet: the database gives it its id. */
    public static Unit create(String code, long parentId, String kindCode, UnitLevel level, String name,
                              String shortName, int validFromYear, Integer validToYear, int sortOrder) {
        return new Unit(0, code, parentId, kindCode, level, name, shortName, validFromYear, validToYear, sortOrder,
                null);
    }

    public boolean isValidIn(int year) {
        return ValidYears.include(validFromYear, validToYear, year);
    }

    /**
     * The unit with new wording, kind, years and order, as read at {@code readVersion}: saving it is refused when
     * the unit changed since. The code, parent and level never change.
     */
    public Unit changed(String newKindCode, String newName, String newShortName, int newValidFromYear,
                        Integer newValidToYear, int newSortOrder, int readVersion) {
        return new Unit(id, code, parentId, newKindCode, level, newName, newShortName, newValidFromYear,
                newValidToYear, newSortOrder, readVersion);
    }
}
