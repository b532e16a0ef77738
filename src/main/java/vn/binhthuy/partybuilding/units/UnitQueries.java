package vn.binhthuy.partybuilding.units;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class UnitQueries {

    private static final String COLUMNS = """
            SELECT id, code, parent_id, kind_code, level, name, short_name, valid_from_year, valid_to_year, sort_order
            FROM unit""";

    private final JdbcClient jdbc;

    UnitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Unit> findByCode(String code) {
        return jdbc.sql(COLUMNS + " WHERE code = :code").param("code", code).query(Unit.class).optional();
    }

    Optional<Unit> findDistrict() {
        return jdbc.sql(COLUMNS + " WHERE level = 'DISTRICT' ORDER BY id LIMIT 1").query(Unit.class).optional();
    }

    List<Unit> findChildren(long parentId) {
        return jdbc.sql(COLUMNS + " WHERE parent_id = :parent ORDER BY sort_order, name")
                .param("parent", parentId).query(Unit.class).list();
    }

    List<UnitKind> kinds(UnitLevel level) {
        return jdbc.sql("SELECT code, level, name_vi, name_en FROM unit_kind WHERE level = :level ORDER BY sort_order")
                .param("level", level.name()).query(UnitKind.class).list();
    }

    Optional<Unit> findById(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(Unit.class).optional();
    }
}
