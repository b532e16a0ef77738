package vn.binhthuy.partybuilding.classification.scales;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class RatingScaleQueries {

    private final JdbcClient jdbc;

    RatingScaleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RatingScheme> schemes() {
        return jdbc.sql("""
                        SELECT id, code, subject, regulation, valid_from_year, valid_to_year, excellent_cap_percent, version
                        FROM rating_scheme ORDER BY subject DESC, valid_from_year""")
                .query(RatingScheme.class).list();
    }

    List<SchemeLevel> levels(long schemeId) {
        return jdbc.sql("""
                        SELECT id, scheme_id, code, level_rank, name_vi, name_en, counts_as_good, color, version
                        FROM rating_level WHERE scheme_id = :scheme ORDER BY level_rank""")
                .param("scheme", schemeId).query(SchemeLevel.class).list();
    }

    /** The latest year in which someone was rated with one of the scheme's levels, if any. */
    Optional<Integer> lastRatedYear(long schemeId) {
        return jdbc.sql("""
                        SELECT MAX(y) FROM (
                          SELECT MAX(r.rating_year) AS y FROM organization_rating r JOIN rating_level l ON l.id = r.level_id
                          WHERE l.scheme_id = :scheme
                          UNION ALL
                          SELECT MAX(r.rating_year) FROM member_rating r JOIN rating_level l ON l.id = r.level_id
                          WHERE l.scheme_id = :scheme) years""")
                .param("scheme", schemeId).query(Integer.class).optional();
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM rating_scheme WHERE code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    int updateLevel(long id, int version, String nameVi, String nameEn, boolean countsAsGood, String color) {
        return jdbc.sql("""
                        UPDATE rating_level SET name_vi = :vi, name_en = :en, counts_as_good = :good, color = :color,
                               version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", id).param("version", version).param("vi", nameVi).param("en", nameEn)
                .param("good", countsAsGood).param("color", color).update();
    }

    int updateScheme(long id, int version, String regulation, Integer validToYear, Integer capPercent) {
        return jdbc.sql("""
                        UPDATE rating_scheme SET regulation = :regulation, valid_to_year = :to,
                               excellent_cap_percent = :cap, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", id).param("version", version).param("regulation", regulation).param("to", validToYear)
                .param("cap", capPercent).update();
    }

    long insertSchemeCopying(RatingScheme from, String code, String regulation, int fromYear) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO rating_scheme (code, subject, regulation, valid_from_year, valid_to_year,
                                                   excellent_cap_percent)
                        VALUES (:code, :subject, :regulation, :from, NULL, :cap)""")
                .param("code", code).param("subject", from.subject().name()).param("regulation", regulation)
                .param("from", fromYear).param("cap", from.excellentCapPercent()).update(keys);
        long id = keys.getKey().longValue();
        jdbc.sql("""
                        INSERT INTO rating_level (scheme_id, code, level_rank, name_vi, name_en, counts_as_good, color,
                                                  exemplary_allowed)
                        SELECT :id, code, level_rank, name_vi, name_en, counts_as_good, color, exemplary_allowed
                        FROM rating_level WHERE scheme_id = :source""")
                .param("id", id).param("source", from.id()).update();
        return id;
    }
}
