package vn.binhthuy.partybuilding.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.units.UnitLevel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stored units and kinds a unit file is checked against; the writes go through the unit catalog. */
@Repository
class UnitImportQueries {

    /** A stored unit as a unit file describes it (its parent by code). */
    record StoredUnit(long id, String code, String parentCode, String kindCode, UnitLevel level, String name,
                      String shortName, int validFromYear, Integer validToYear, int sortOrder, int version) {}

    record Kind(String code, UnitLevel level, String nameVi) {}

    private final JdbcClient jdbc;

    UnitImportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored unit by code; with the rows locked for a confirm. */
    Map<String, StoredUnit> units(ImportQueries.Lock lock) {
        Map<String, StoredUnit> units = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT u.id, u.code, p.code AS parent_code, u.kind_code, u.level, u.name, u.short_name,
                               u.valid_from_year, u.valid_to_year, u.sort_order, u.version
                        FROM unit u LEFT JOIN unit p ON p.id = u.parent_id ORDER BY u.id""" + lock.sql())
                .query(StoredUnit.class).list().forEach(u -> units.put(u.code(), u));
        return units;
    }

    List<Kind> kinds() {
        return jdbc.sql("SELECT code, level, name_vi FROM unit_kind ORDER BY sort_order").query(Kind.class).list();
    }
}
