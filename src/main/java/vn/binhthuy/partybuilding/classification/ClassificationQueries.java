package vn.binhthuy.partybuilding.classification;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.base.ValidYears;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.util.List;

/** The SQL behind classification charts: counts by level, grouped in the database. */
@Repository
class ClassificationQueries {

    /** By position, not the generic record mapper that looks every column up by name on every row (docs/benchmarks.md). */
    private static final RowMapper<UnitLevelCount> UNIT_LEVEL_COUNT = (rs, row) -> new UnitLevelCount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getLong(6));

    private final JdbcClient jdbc;

    ClassificationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Integer> ratedYears() {
        return jdbc.sql("SELECT DISTINCT rating_year FROM organization_rating ORDER BY rating_year")
                .query(Integer.class).list();
    }

    List<RatingLevel> scale(RatingSubject subject, int year) {
        return jdbc.sql("""
                        SELECT l.id, l.code, l.level_rank, l.name_vi, l.name_en, l.counts_as_good, l.color, l.exemplary_allowed
                        FROM rating_level l JOIN rating_scheme s ON s.id = l.scheme_id
                        WHERE s.subject = :subject AND """ + ValidYears.condition("s", ":year") + " ORDER BY l.level_rank")
                .param("subject", subject.name()).param("year", year)
                .query(RatingLevel.class).list();
    }

    /** The years a scheme of the subject took over from an earlier one (the first scheme is no change). */
    List<ScaleChange> scaleChanges(RatingSubject subject) {
        return jdbc.sql("""
                        SELECT s.valid_from_year, s.regulation FROM rating_scheme s
                        WHERE s.subject = :subject AND EXISTS (SELECT 1 FROM rating_scheme e
                              WHERE e.subject = s.subject AND e.valid_from_year < s.valid_from_year)
                        ORDER BY s.valid_from_year""")
                .param("subject", subject.name())
                .query((rs, row) -> new ScaleChange(rs.getInt(1), rs.getString(2))).list();
    }

    ClassificationSummary summary(int year, UnitScope scope) {
        String organizations = scope.condition("r.unit_id");
        String members = scope.condition("m.organization_id");
        return scope.bind(jdbc.sql("""
                        SELECT :year AS year,
                          (SELECT COUNT(*) FROM organization_rating r
                             WHERE r.rating_year = :year AND %1$s) AS organizations_rated,
                          (SELECT COUNT(*) FROM organization_rating r JOIN rating_level l ON l.id = r.level_id
                             WHERE r.rating_year = :year AND l.level_rank = 1 AND %1$s) AS top_level_organizations,
                          (SELECT COUNT(*) FROM organization_rating r
                             WHERE r.rating_year = :year AND r.exemplary AND %1$s) AS exemplary_organizations,
                          (SELECT COALESCE(%3$s, 0) FROM member_rating_count m
                             WHERE m.rating_year = :year AND %2$s) AS members_rated,
                          (SELECT COALESCE(%4$s, 0) FROM member_rating_count m JOIN rating_level l ON l.id = m.level_id
                             WHERE m.rating_year = :year AND %2$s) AS members_good
                        """.formatted(organizations, members, RatedMembers.COUNTED, RatedMembers.COUNTED_GOOD)))
                .param("year", year)
                .query(ClassificationSummary.class).single();
    }

    /**
     * Member ratings per level and per unit the scope breaks down into ({@link UnitScope#shownUnits()}): each
     * grassroots organization, or each district on a province's whole tree.
     */
    List<UnitLevelCount> memberLevelsByOrganization(int year, UnitScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               l.code AS level_code, SUM(c.ratings) AS ratings
                        FROM (SELECT g.unit_id, m.level_id, SUM(m.ratings) AS ratings
                              FROM member_rating_count m JOIN %s g ON g.organization_id = m.organization_id
                              WHERE m.rating_year = :year AND m.ratings > 0
                              GROUP BY g.unit_id, m.level_id) c
                        JOIN unit u ON u.id = c.unit_id
                        JOIN rating_level l ON l.id = c.level_id
                        GROUP BY u.id, u.code, u.short_name, u.sort_order, l.code, l.level_rank
                        ORDER BY u.sort_order, u.id, l.level_rank""".formatted(scope.shownUnits())))
                .param("year", year).query(UNIT_LEVEL_COUNT).list();
    }

    /** Member ratings per cell of one grassroots organization and level. */
    List<UnitLevelCount> memberLevelsByCell(int year, long organizationId) {
        return jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               l.code AS level_code, c.ratings
                        FROM (SELECT unit_id, level_id, COUNT(*) AS ratings
                              FROM member_rating WHERE rating_year = :year AND organization_id = :org
                              GROUP BY unit_id, level_id) c
                        JOIN unit u ON u.id = c.unit_id
                        JOIN rating_level l ON l.id = c.level_id
                        ORDER BY u.sort_order, u.code, l.level_rank""")
                .param("year", year).param("org", organizationId).query(UNIT_LEVEL_COUNT).list();
    }

    /** Organization ratings of the district per level, best level first. */
    List<LevelCount> organizationLevels(int year) {
        return jdbc.sql("""
                        SELECT l.code AS level_code, l.level_rank, COUNT(*) AS ratings
                        FROM organization_rating r JOIN rating_level l ON l.id = r.level_id
                        WHERE r.rating_year = :year
                        GROUP BY l.code, l.level_rank
                        ORDER BY l.level_rank""")
                .param("year", year).query(LevelCount.class).list();
    }

    /**
     * The headline figures of every year with ratings, optionally for one organization. An organization that
     * continues others (unit_succession) counts, for each year before it took over, the figures of the units it
     * continues — summed, as each was recorded.
     */
    List<ClassificationSummary> trend(UnitScope scope) {
        // counted per year and level before the levels are joined: a province has thousands of rows a year
        if (scope.organizationId() != null && scope.kindCode() == null) {
            return lineageTrend(scope.organizationId());
        }
        return scope.bind(jdbc.sql("""
                        SELECT o.year, o.organizations_rated, o.top_level_organizations, o.exemplary_organizations,
                               COALESCE(m.members_rated, 0) AS members_rated, COALESCE(m.members_good, 0) AS members_good
                        FROM (SELECT r.year, SUM(r.ratings) AS organizations_rated,
                                     SUM(r.ratings * (l.level_rank = 1)) AS top_level_organizations,
                                     SUM(r.ratings * r.exemplary) AS exemplary_organizations
                              FROM (SELECT r.rating_year AS year, r.level_id, r.exemplary, COUNT(*) AS ratings
                                    FROM organization_rating r WHERE %1$s
                                    GROUP BY r.rating_year, r.level_id, r.exemplary) r
                              JOIN rating_level l ON l.id = r.level_id
                              GROUP BY r.year) o
                        LEFT JOIN (SELECT m.year, %3$s AS members_rated, %4$s AS members_good
                                   FROM (SELECT m.rating_year AS year, m.level_id, SUM(m.ratings) AS ratings
                                         FROM member_rating_count m WHERE %2$s
                                         GROUP BY m.rating_year, m.level_id) m
                                   JOIN rating_level l ON l.id = m.level_id
                                   GROUP BY m.year) m ON m.year = o.year
                        ORDER BY o.year""".formatted(scope.condition("r.unit_id"),
                        scope.condition("m.organization_id"), RatedMembers.COUNTED, RatedMembers.COUNTED_GOOD)))
                .query(ClassificationSummary.class).list();
    }

    private List<ClassificationSummary> lineageTrend(long organizationId) {
        return jdbc.sql("""
                        WITH RECURSIVE lineage (unit_id, before_year, depth) AS (
                          SELECT CAST(:org AS SIGNED), 32767, 0
                          UNION ALL
                          SELECT s.predecessor_id, LEAST(l.before_year, s.from_year), l.depth + 1
                          FROM unit_succession s JOIN lineage l ON s.successor_id = l.unit_id WHERE l.depth < 100)
                        SELECT o.year, o.organizations_rated, o.top_level_organizations, o.exemplary_organizations,
                               COALESCE(m.members_rated, 0) AS members_rated, COALESCE(m.members_good, 0) AS members_good
                        FROM (SELECT r.rating_year AS year, COUNT(*) AS organizations_rated,
                                     SUM(l.level_rank = 1) AS top_level_organizations,
                                     SUM(r.exemplary) AS exemplary_organizations
                              FROM organization_rating r JOIN rating_level l ON l.id = r.level_id
                              JOIN lineage g ON g.unit_id = r.unit_id AND r.rating_year < g.before_year
                              GROUP BY r.rating_year) o
                        LEFT JOIN (SELECT m.rating_year AS year, %s AS members_rated, %s AS members_good
                                   FROM member_rating_count m JOIN rating_level l ON l.id = m.level_id
                                   JOIN lineage g ON g.unit_id = m.organization_id AND m.rating_year < g.before_year
                                   GROUP BY m.rating_year) m ON m.year = o.year
                        ORDER BY o.year""".formatted(RatedMembers.COUNTED, RatedMembers.COUNTED_GOOD))
                .param("org", organizationId)
                .query(ClassificationSummary.class).list();
    }

    List<KindLevelCount> organizationLevelsByKind(int year, UnitScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT k.code AS kind_code, k.name_vi, k.name_en, k.sort_order, l.code AS level_code,
                               SUM(c.ratings) AS ratings
                        FROM (SELECT u.kind_code, r.level_id, COUNT(*) AS ratings
                              FROM organization_rating r JOIN unit u ON u.id = r.unit_id
                              WHERE r.rating_year = :year AND """ + scope.condition("r.unit_id") + """
                              GROUP BY u.kind_code, r.level_id) c
                        JOIN unit_kind k ON k.code = c.kind_code
                        JOIN rating_level l ON l.id = c.level_id
                        GROUP BY k.code, k.name_vi, k.name_en, k.sort_order, l.code, l.level_rank
                        ORDER BY k.sort_order, l.level_rank"""))
                .param("year", year).query(KindLevelCount.class).list();
    }

    /**
     * The level each grassroots organization in scope was rated at: one row (of one rating) per organization, or on
     * a province's whole tree how many organizations of each district were rated at each level.
     */
    List<UnitLevelCount> organizationLevelsByOrganization(int year, UnitScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               CASE WHEN c.exemplary AND l.exemplary_allowed THEN CONCAT(l.code, :exemplary)
                                    ELSE l.code END AS level_code,
                               SUM(c.ratings) AS ratings
                        FROM (SELECT g.unit_id, r.level_id, r.exemplary, COUNT(*) AS ratings
                              FROM organization_rating r JOIN %s g ON g.organization_id = r.unit_id
                              WHERE r.rating_year = :year
                              GROUP BY g.unit_id, r.level_id, r.exemplary) c
                        JOIN unit u ON u.id = c.unit_id
                        JOIN rating_level l ON l.id = c.level_id
                        GROUP BY u.id, u.code, u.short_name, u.sort_order, l.code, l.level_rank, level_code
                        ORDER BY u.sort_order, u.id, l.level_rank""".formatted(scope.shownUnits())))
                .param("year", year).param("exemplary", RatingLevel.EXEMPLARY_SUFFIX)
                .query(UNIT_LEVEL_COUNT).list();
    }

    List<OrganizationRating> organizationRatings(int year, long organizationId) {
        return jdbc.sql("""
                        SELECT r.unit_id, r.rating_year AS year, l.code AS level_code, l.name_vi, l.name_en, l.color,
                               r.exemplary
                        FROM organization_rating r JOIN rating_level l ON l.id = r.level_id
                        WHERE r.rating_year = :year AND r.unit_id = :org""")
                .param("year", year).param("org", organizationId).query(OrganizationRating.class).list();
    }

    /**
     * The scope's organizations over the year's excellent cap, each with its counts and the unit it is shown under
     * ({@code c}: organization_id, excellent, good, cap_percent; {@code g}: the scope's shown units).
     */
    private static String overTheCap(UnitScope scope) {
        return """
                (SELECT m.organization_id, SUM(m.ratings * (l.level_rank = 1)) AS excellent,
                        %s AS good, MAX(r.excellent_cap_percent) AS cap_percent
                 FROM member_rating_count m
                 JOIN rating_level l ON l.id = m.level_id
                 JOIN rating_scheme r ON r.id = l.scheme_id
                 WHERE m.rating_year = :year AND r.excellent_cap_percent IS NOT NULL AND %s
                 GROUP BY m.organization_id) c
                JOIN %s g ON g.organization_id = c.organization_id
                """.formatted(RatedMembers.COUNTED_GOOD, scope.condition("m.organization_id"), scope.shownUnits());
    }

    List<ExcellentShareBreach> excellentShareBreaches(int year, UnitScope scope) {
        return scope.bind(jdbc.sql(scope.countsOncePerYear() + """
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name,
                               c.excellent, c.good, c.cap_percent
                        FROM %s
                        JOIN unit u ON u.id = c.organization_id
                        JOIN unit s ON s.id = g.unit_id
                        WHERE c.excellent * 100 > c.cap_percent * c.good
                        ORDER BY s.sort_order, s.code, u.sort_order, u.code""".formatted(overTheCap(scope))))
                .param("year", year).query(ExcellentShareBreach.class).list();
    }

    List<ExcellentShareBreachCount> excellentShareBreachesPerUnit(int year, UnitScope scope) {
        return scope.bind(jdbc.sql(scope.countsOncePerYear() + """
                        SELECT s.code AS unit_code, s.short_name AS unit_name, s.level AS unit_level, b.organizations,
                               b.cap_percent
                        FROM (SELECT g.unit_id, COUNT(*) AS organizations, MAX(c.cap_percent) AS cap_percent
                              FROM %s
                              WHERE c.excellent * 100 > c.cap_percent * c.good
                              GROUP BY g.unit_id) b
                        JOIN unit s ON s.id = b.unit_id
                        ORDER BY s.sort_order, s.code""".formatted(overTheCap(scope))))
                .param("year", year).query(ExcellentShareBreachCount.class).list();
    }

    /** Member ratings of one unit (a cell, or a cell-level organization) per level. */
    List<LevelCount> memberLevelsOfUnit(int year, long unitId) {
        return jdbc.sql("""
                        SELECT l.code AS level_code, l.level_rank, COUNT(*) AS ratings
                        FROM member_rating m JOIN rating_level l ON l.id = m.level_id
                        WHERE m.rating_year = :year AND m.unit_id = :unit
                        GROUP BY l.code, l.level_rank
                        ORDER BY l.level_rank""")
                .param("year", year).param("unit", unitId).query(LevelCount.class).list();
    }

    /** Members rated in one unit (a cell, or a cell-level organization) and how many of them rated well. */
    ClassificationSummary memberSummaryOfUnit(int year, long unitId) {
        return jdbc.sql("""
                        SELECT :year AS year, 0 AS organizations_rated, 0 AS top_level_organizations,
                               0 AS exemplary_organizations, %s AS members_rated, COALESCE(%s, 0) AS members_good
                        FROM member_rating m JOIN rating_level l ON l.id = m.level_id
                        WHERE m.rating_year = :year AND m.unit_id = :unit""".formatted(RatedMembers.RATED,
                        RatedMembers.RATED_GOOD))
                .param("year", year).param("unit", unitId).query(ClassificationSummary.class).single();
    }

    OrganizationRatingEntry organizationRatingEntry(int year, long organizationId) {
        return jdbc.sql("""
                        SELECT u.id AS organization_id, :year AS year, r.id AS rating_id, l.code AS level_code,
                               COALESCE(r.exemplary, FALSE) AS exemplary, r.note, r.version
                        FROM unit u
                        LEFT JOIN organization_rating r ON r.unit_id = u.id AND r.rating_year = :year
                        LEFT JOIN rating_level l ON l.id = r.level_id
                        WHERE u.id = :org""")
                .param("year", year).param("org", organizationId).query(OrganizationRatingEntry.class).single();
    }
}
