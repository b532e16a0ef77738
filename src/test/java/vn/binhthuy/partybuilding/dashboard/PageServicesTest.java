package vn.binhthuy.partybuilding.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.remediation.PlanFilter;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The page services return the scope they applied, narrowed to what the user may see, with figures to match. */
class PageServicesTest extends KaribuTest {

    @Autowired OverviewPageService overviewPages;
    @Autowired WardPageService wardPages;
    @Autowired CellPageService cellPages;
    @Autowired IndicatorsPageService indicatorsPages;
    @Autowired RemediationPageService remediationPages;
    @Autowired ClassificationService classification;
    @Autowired UnitService units;

    @Test
    void theOverviewOfAKindIsScopedToThatKindAndComparesWithTheYearAsked() {
        OverviewPage page = overviewPages.load(null, 2017, "WARD", "B", 2016);

        assertThat(page.scope().scope()).isEqualTo(UnitScope.kind("WARD"));
        assertThat(page.scope().unit()).isEqualTo(units.district().orElseThrow());
        assertThat(page.kpis().summary()).isEqualTo(classification.summary(2017, UnitScope.kind("WARD")));
        assertThat(page.kpis().compared().year()).isEqualTo(2016);
        assertThat(page.indicators().shown()).hasSize(9).allMatch(i -> i.groupCode().equals("B"));
        assertThat(page.organizations()).hasSize(8);
    }

    @Test
    void aSecretaryAskingForTheDistrictGetsTheirOrganization() {
        login("bithu.tranoc");
        Unit own = units.byCode("p-tra-noc").orElseThrow();

        IndicatorsPage indicators = indicatorsPages.load(2017, Optional.empty(), null, null);
        assertThat(indicators.scope().scope()).isEqualTo(UnitScope.organization(own.id()));
        assertThat(indicators.scope().unit()).isEqualTo(own);
        assertThat(indicators.byOrganization()).allMatch(row -> row.unitId() == own.id());

        // another organization's code names nothing the secretary may filter by: their own plans are shown
        RemediationPage remediation = remediationPages.load(PlanFilter.ofYear(2019), Optional.of("p-long-tuyen"), null);
        assertThat(remediation.organizations()).containsExactly(own);
        assertThat(remediation.organization()).isEmpty();
        assertThat(remediation.scope().unit()).isEqualTo(own);
        assertThat(remediation.planCount()).isEqualTo(remediationPages.countPlans(PlanFilter.ofYear(2019)
                .withOrganization(own.id())));
    }

    @Test
    void anotherOrganizationsPageIsRefusedBeforeAnythingIsShown() {
        login("bithu.tranoc");
        Unit foreignCell = units.byCode("p-long-hoa-kv2").orElseThrow();

        assertThatThrownBy(() -> wardPages.load(2017, "p-long-tuyen", 2016)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cellPages.load(2017, foreignCell.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWardPageComparesWithTheYearBeforeFromTheTrendItShows() {
        WardPage page = wardPages.load(2018, "p-long-tuyen", 2017).orElseThrow();

        assertThat(page.kpis().previous()).isEqualTo(page.classification().trend().stream()
                .filter(year -> year.year() == 2017).findFirst().orElseThrow());
        assertThat(page.cells()).isNotEmpty();
        assertThat(wardPages.load(2018, "p-long-tuyen-kv1", 2017)).as("a cell is not a grassroots organization").isEmpty();
    }

    @Test
    void onlyThoseWhoMaintainACellsDataGetItsMemberAndFindingLists() {
        long cell = units.byCode("p-tra-noc-kv3").orElseThrow().id();

        CellPage leadership = cellPages.load(2018, cell).orElseThrow();
        assertThat(leadership.permissions()).isEqualTo(new CellPage.Permissions(false, false, false, false, false));
        assertThat(leadership.members()).isEmpty();
        assertThat(leadership.findings()).isEmpty();

        login("bantochuc");
        CellPage board = cellPages.load(2018, cell).orElseThrow();
        assertThat(board.permissions().editRatings()).isTrue();
        assertThat(board.members()).isEqualTo(cellPages.members(2018, cell)).isNotEmpty();
        assertThat(board.plans().list()).hasSize((int) board.plans().count());
    }
}
