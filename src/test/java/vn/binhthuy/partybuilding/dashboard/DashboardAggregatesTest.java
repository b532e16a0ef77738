package vn.binhthuy.partybuilding.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.LevelCount;
import vn.binhthuy.partybuilding.classification.UnitLevelCount;
import vn.binhthuy.partybuilding.indicators.IndicatorFrequency;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.indicators.UnitGroupCount;
import vn.binhthuy.partybuilding.indicators.UnitIndicatorCount;
import vn.binhthuy.partybuilding.remediation.MonthlyProgress;
import vn.binhthuy.partybuilding.remediation.RemediationService;
import vn.binhthuy.partybuilding.remediation.RemediationSummary;
import vn.binhthuy.partybuilding.remediation.UnitStatusCount;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three chart families at district level (per TCCSĐ) and ward level (per cell) agree with each other
 * and with independent counts straight from the tables.
 */
@ApplicationTest
@WithUserDetails("lanhdao")
class DashboardAggregatesTest {

    @Autowired ClassificationService classification;
    @Autowired IndicatorService indicators;
    @Autowired RemediationService remediation;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private Unit longTuyen() {
        return units.byCode("p-long-tuyen").orElseThrow();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void memberClassificationPerCellAddsUpToTheWard() {
        Unit ward = longTuyen();

        List<UnitLevelCount> perCell = classification.memberLevelsByCell(2017, ward.id());

        assertThat(perCell.stream().map(UnitLevelCount::unitCode).distinct()).hasSize(18)
                .allMatch(code -> code.startsWith("p-long-tuyen-kv"));
        assertThat(perCell.stream().mapToLong(UnitLevelCount::ratings).sum())
                .isEqualTo(classification.organizationSummary(2017, ward.id()).membersRated())
                .isEqualTo(count("SELECT COUNT(*) FROM member_rating WHERE rating_year = 2017 AND organization_id = ?", ward.id()));
        assertThat(perCell).noneMatch(c -> c.levelCode().equals("KHTNV"));
    }

    @Test
    void memberClassificationPerOrganizationAddsUpToTheDistrict() {
        List<UnitLevelCount> perOrganization = classification.memberLevelsByOrganization(2018, UnitScope.DISTRICT);

        assertThat(perOrganization.stream().mapToLong(UnitLevelCount::ratings).sum())
                .isEqualTo(classification.districtSummary(2018).membersRated())
                .isEqualTo(count("SELECT COUNT(*) FROM member_rating WHERE rating_year = 2018"));
        assertThat(perOrganization).extracting(UnitLevelCount::levelCode)
                .containsOnly("HTXSNV", "HTTNV", "HTNV", "KHTNV");
    }

    @Test
    void organizationLevelsFollowTheScaleOfTheYear() {
        assertThat(classification.organizationLevels(2017)).extracting(LevelCount::levelCode, LevelCount::ratings)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TSVM", 30L),
                        org.assertj.core.groups.Tuple.tuple("HTTNV", 5L), org.assertj.core.groups.Tuple.tuple("HTNV", 1L));
        assertThat(classification.organizationLevels(2019)).extracting(LevelCount::levelCode)
                .containsExactly("HTXSNV", "HTTNV", "HTNV");
    }

    @Test
    void indicatorFrequenciesAgreeAcrossBreakdowns() {
        long findings2017 = count("SELECT COUNT(*) FROM finding WHERE finding_year = 2017");

        List<IndicatorFrequency> all = indicators.frequencies(2017, UnitScope.DISTRICT);
        List<UnitGroupCount> byGroup = indicators.groupsByOrganization(2017, UnitScope.DISTRICT);
        List<UnitIndicatorCount> heatmap = indicators.indicatorsByOrganization(2017, null, UnitScope.DISTRICT);

        assertThat(all).hasSize(27);
        assertThat(all.stream().mapToLong(IndicatorFrequency::findings).sum()).isEqualTo(findings2017);
        assertThat(byGroup.stream().mapToLong(UnitGroupCount::findings).sum()).isEqualTo(findings2017);
        assertThat(heatmap.stream().mapToLong(UnitIndicatorCount::findings).sum()).isEqualTo(findings2017);
        assertThat(indicators.topFrequencies(2017, null, UnitScope.DISTRICT, 5)).hasSize(5)
                .first().satisfies(top -> assertThat(top.findings())
                        .isEqualTo(all.stream().mapToLong(IndicatorFrequency::findings).max().orElseThrow()));
    }

    @Test
    void wardsDifferInWhichGroupOfManifestationsDominates() {
        List<UnitGroupCount> byGroup = indicators.groupsByOrganization(2018, UnitScope.DISTRICT);

        long binhThuyA = groupCount(byGroup, "p-binh-thuy", "A");
        long binhThuyC = groupCount(byGroup, "p-binh-thuy", "C");
        long traAnA = groupCount(byGroup, "p-tra-an", "A");
        long traAnC = groupCount(byGroup, "p-tra-an", "C");
        assertThat(binhThuyA).isGreaterThan(binhThuyC);
        assertThat((double) traAnC / traAnA).isGreaterThan((double) binhThuyC / binhThuyA);
    }

    private static long groupCount(List<UnitGroupCount> counts, String unit, String group) {
        return counts.stream().filter(c -> c.unitCode().equals(unit) && c.groupCode().equals(group))
                .mapToLong(UnitGroupCount::findings).sum();
    }

    @Test
    void indicatorGroupsPerCellAddUpToTheWard() {
        Unit ward = longTuyen();

        long perCell = indicators.groupsByCell(2018, ward.id()).stream().mapToLong(UnitGroupCount::findings).sum();

        assertThat(perCell).isEqualTo(indicators.frequencies(2018, UnitScope.organization(ward.id())).stream()
                .mapToLong(IndicatorFrequency::findings).sum()).isPositive();
    }

    @Test
    void remediationStatusPerOrganizationAndPerCellAgreeWithTheSummary() {
        RemediationSummary district = remediation.districtSummary(2019);
        List<UnitStatusCount> perOrganization = remediation.statusByOrganization(2019, UnitScope.DISTRICT);

        assertThat(perOrganization.stream().mapToLong(UnitStatusCount::plans).sum()).isEqualTo(district.plans())
                .isEqualTo(count("SELECT COUNT(*) FROM remediation_plan WHERE plan_year = 2019"));
        assertThat(perOrganization.stream().mapToLong(UnitStatusCount::overdue).sum()).isEqualTo(district.overdue())
                .isEqualTo(count("SELECT COUNT(*) FROM remediation_plan WHERE plan_year = 2019"
                        + " AND status IN ('NOT_STARTED', 'IN_PROGRESS') AND deadline < ?", LocalDate.now(clock)));
        assertThat(district.overdue()).isPositive();

        Unit ward = units.byCode("p-tra-noc").orElseThrow();
        long perCell = remediation.statusByCell(2019, ward.id()).stream().mapToLong(UnitStatusCount::plans).sum();
        assertThat(perCell).isEqualTo(remediation.organizationSummary(2019, ward.id()).plans()).isPositive();
    }

    @Test
    void monthlyProgressCoversEveryPlanOfTheYear() {
        List<MonthlyProgress> months = remediation.monthlyProgress(2018, UnitScope.DISTRICT);
        RemediationSummary summary = remediation.districtSummary(2018);

        assertThat(months).extracting(MonthlyProgress::month).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(months.stream().mapToLong(MonthlyProgress::due).sum()).isEqualTo(summary.plans());
        assertThat(months.stream().mapToLong(MonthlyProgress::completed).sum()).isEqualTo(summary.completed());
    }

    @Test
    void slowerWardsHaveMoreOverduePlans() {
        long traNoc = remediation.organizationSummary(2019, units.byCode("p-tra-noc").orElseThrow().id()).overdue();
        long longTuyen = remediation.organizationSummary(2019, longTuyen().id()).overdue();

        assertThat(traNoc).isGreaterThan(longTuyen);
    }
}
