package vn.binhthuy.partybuilding.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.UnitLevelCount;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.indicators.UnitGroupCount;
import vn.binhthuy.partybuilding.indicators.UnitIndicatorCount;
import vn.binhthuy.partybuilding.remediation.RemediationService;
import vn.binhthuy.partybuilding.remediation.UnitStatusCount;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-unit figures of a province (by district) and of a district (by organization) equal the rows they count,
 * with the SQL written here against the tables themselves: the breakdowns read counts kept by triggers (V6, V15)
 * and only the scope filters in force (UnitScope), and must still add up to what was recorded.
 */
@TestPropertySource(properties = "partybuilding.demo-data.scale=3")
class ProvinceFiguresTest extends KaribuTest {

    private static final int YEAR = 2019;
    /** Each grassroots organization with the unit a province breakdown shows it under: its district. */
    private static final String BY_DISTRICT = "SELECT o.id AS org, d.code AS shown FROM unit o JOIN unit d ON d.id = o.parent_id WHERE o.level = 'GRASSROOTS'";

    @Autowired ScorecardService scorecards;
    @Autowired IndicatorService indicators;
    @Autowired ClassificationService classification;
    @Autowired RemediationService remediation;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void asTheProvincesLeadership() {
        login("lanhdao.tinh");
    }

    private Map<String, Long> counted(String factSql, String shownSql) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("SELECT s.shown, COUNT(*) FROM (" + factSql + ") x JOIN (" + shownSql + ") s ON s.org = x.org GROUP BY s.shown",
                rs -> { counts.put(rs.getString(1), rs.getLong(2)); });
        return counts;
    }

    private static <T> Map<String, Long> summed(java.util.List<T> rows, Function<T, String> unit, ToLongFunction<T> value) {
        return rows.stream().collect(Collectors.groupingBy(unit, TreeMap::new, Collectors.summingLong(value)));
    }

    private void checkEveryBreakdown(UnitScope scope, String shownSql) {
        Map<String, Long> findings = counted("SELECT organization_id AS org FROM finding WHERE finding_year = " + YEAR, shownSql);
        Map<String, Long> plans = counted("SELECT organization_id AS org FROM remediation_plan WHERE plan_year = " + YEAR, shownSql);
        Map<String, Long> ratings = counted("SELECT organization_id AS org FROM member_rating WHERE rating_year = " + YEAR, shownSql);
        assertThat(findings).hasSizeGreaterThan(2);

        var scorecard = scorecards.byOrganization(YEAR, scope);
        assertThat(summed(scorecard.stream().filter(s -> s.findings() > 0).toList(), UnitScorecard::unitCode, UnitScorecard::findings)).isEqualTo(findings);
        assertThat(summed(scorecard.stream().filter(s -> s.plans() > 0).toList(), UnitScorecard::unitCode, UnitScorecard::plans)).isEqualTo(plans);
        assertThat(summed(scorecard.stream().filter(s -> s.membersRated() > 0).toList(), UnitScorecard::unitCode, UnitScorecard::membersRated)).isEqualTo(ratings);
        assertThat(summed(indicators.indicatorsByOrganization(YEAR, null, scope), UnitIndicatorCount::unitCode, UnitIndicatorCount::findings)).isEqualTo(findings);
        assertThat(summed(indicators.groupsByOrganization(YEAR, scope), UnitGroupCount::unitCode, UnitGroupCount::findings)).isEqualTo(findings);
        assertThat(summed(remediation.statusByOrganization(YEAR, scope), UnitStatusCount::unitCode, UnitStatusCount::plans)).isEqualTo(plans);
        assertThat(summed(classification.memberLevelsByOrganization(YEAR, scope), UnitLevelCount::unitCode, UnitLevelCount::ratings)).isEqualTo(ratings);
        long total = findings.values().stream().mapToLong(Long::longValue).sum();
        assertThat(indicators.frequencies(YEAR, scope).stream().mapToLong(f -> f.findings()).sum()).isEqualTo(total);
    }

    @Test
    void aProvincesDistrictsAddUpTheirOrganizationsRows() {
        checkEveryBreakdown(UnitScope.DISTRICT, BY_DISTRICT);
    }

    @Test
    void aDistrictsOrganizationsHaveTheirOwnRowsAndNoOtherDistricts() {
        long district = units.districtByCode("q-mau-001").orElseThrow().id();
        checkEveryBreakdown(UnitScope.district(district),
                "SELECT o.id AS org, o.code AS shown FROM unit o WHERE o.level = 'GRASSROOTS' AND o.parent_id = " + district);
    }

    @Test
    void oneKindAcrossTheProvinceStillComparesDistricts() {
        checkEveryBreakdown(UnitScope.kind("WARD"), BY_DISTRICT + " AND o.kind_code = 'WARD'");
    }
}
