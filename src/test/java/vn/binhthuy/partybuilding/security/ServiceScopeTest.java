package vn.binhthuy.partybuilding.security;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.dashboard.ScorecardService;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.remediation.PlanFilter;
import vn.binhthuy.partybuilding.remediation.PlanSort;
import vn.binhthuy.partybuilding.remediation.RemediationService;
import vn.binhthuy.partybuilding.reviews.ReviewService;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same service actions for each role: scoping is enforced below the views, whatever the UI does. */
@ApplicationTest
class ServiceScopeTest {

    @Autowired ClassificationService classification;
    @Autowired IndicatorService indicators;
    @Autowired RemediationService remediation;
    @Autowired ReviewService reviews;
    @Autowired ScorecardService scorecards;
    @Autowired UnitService units;
    @Autowired UserAccountService accounts;

    long longTuyen() {
        return units.byCode("p-long-tuyen").orElseThrow().id();
    }

    long traNoc() {
        return units.byCode("p-tra-noc").orElseThrow().id();
    }

    long traNocCell() {
        return units.byCode("p-tra-noc-kv1").orElseThrow().id();
    }

    long longTuyenCell() {
        return units.byCode("p-long-tuyen-kv1").orElseThrow().id();
    }

    @Nested
    @WithUserDetails("bithu.longtuyen")
    class Secretary {

        @Test
        void readsOwnOrganizationAndItsCells() {
            assertThat(classification.organizationSummary(2017, longTuyen()).membersRated()).isPositive();
            assertThat(indicators.frequenciesOfUnit(2017, longTuyenCell())).hasSize(27);
            assertThat(scorecards.byCell(2017, longTuyen())).isNotEmpty();
            assertThat(reviews.notebook(2017, longTuyen())).isNotEmpty();
        }

        @Test
        void districtFiguresAreNarrowedToOwnOrganization() {
            assertThat(classification.districtSummary(2017)).isEqualTo(classification.organizationSummary(2017, longTuyen()));
            assertThat(classification.memberLevelsByOrganization(2017, UnitScope.DISTRICT))
                    .allMatch(c -> c.unitCode().equals("p-long-tuyen"));
            assertThat(scorecards.byOrganization(2017, UnitScope.DISTRICT)).singleElement()
                    .satisfies(row -> assertThat(row.unitCode()).isEqualTo("p-long-tuyen"));
            assertThat(remediation.findPlans(PlanFilter.ofYear(2017), PlanSort.DEADLINE, true, 0, 1000))
                    .allMatch(p -> p.organizationCode().equals("p-long-tuyen"));
            assertThat(indicators.topUnits(2017, vn.binhthuy.partybuilding.indicators.IndicatorSelection.ALL,
                    UnitScope.DISTRICT, 50)).allMatch(u -> u.organizationCode().equals("p-long-tuyen"));
        }

        @Test
        void anotherOrganizationIsRefused() {
            assertThatThrownBy(() -> classification.organizationSummary(2017, traNoc())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classification.memberLevelsByCell(2017, traNoc())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> indicators.frequenciesOfUnit(2017, traNocCell())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> indicators.membersWithViolations(2017, traNoc())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> remediation.statusByCell(2017, traNoc())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> remediation.countPlans(PlanFilter.ofYear(2017).withOrganization(traNoc())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> remediation.countPlans(PlanFilter.ofYear(2017).withUnit(traNocCell())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reviews.delegations(2017, traNoc())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> scorecards.byCell(2017, traNoc())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classification.organizationLevels(2017)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classification.trend(UnitScope.organization(traNoc()))).isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void cannotManageUsers() {
            assertThatThrownBy(() -> accounts.list()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    @WithUserDetails("lanhdao")
    class Leadership {

        @Test
        void readsEveryOrganization() {
            assertThat(classification.organizationSummary(2017, traNoc()).membersRated()).isPositive();
            assertThat(indicators.frequenciesOfUnit(2017, traNocCell())).hasSize(27);
            assertThat(scorecards.byOrganization(2017, UnitScope.DISTRICT)).hasSize(36);
            assertThat(classification.districtSummary(2017).membersRated()).isEqualTo(4389);
        }

        @Test
        void cannotManageUsers() {
            assertThatThrownBy(() -> accounts.list()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    @WithUserDetails("quantri")
    class Administrator {

        @Test
        void managesUsersButReadsNoPartyData() {
            assertThat(accounts.list()).extracting(UserAccount::username).contains("lanhdao", "bithu.longtuyen");
            assertThatThrownBy(() -> classification.districtSummary(2017)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classification.ratedYears()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> remediation.countPlans(PlanFilter.ofYear(2017))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    class Anonymous {

        @Test
        void readsNothing() {
            assertThatThrownBy(() -> classification.districtSummary(2017)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> indicators.catalog()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
