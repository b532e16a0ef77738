package vn.binhthuy.partybuilding.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.reviews.ReviewService;
import vn.binhthuy.partybuilding.reviews.ReviewSummary;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data reproduces the article of 19/03/2018, read through the same services the dashboard uses. */
@ApplicationTest
@WithUserDetails("lanhdao")
class ArticleFiguresTest {

    @Autowired ClassificationService classification;
    @Autowired ReviewService reviews;
    @Autowired IndicatorService indicators;
    @Autowired UnitService units;

    @Test
    void thirtyOrganizationsCleanAndStrongOfWhichEightExemplary() {
        ClassificationSummary summary = classification.districtSummary(2017);

        assertThat(summary.topLevelOrganizations()).isEqualTo(30);
        assertThat(summary.exemplaryOrganizations()).isEqualTo(8);
        assertThat(classification.scale(vn.binhthuy.partybuilding.classification.RatingSubject.ORGANIZATION, 2017)
                .getFirst().code()).isEqualTo("TSVM");
    }

    @Test
    void members4164Of4389CompletedTasksWell() {
        ClassificationSummary summary = classification.districtSummary(2017);

        assertThat(summary.membersRated()).isEqualTo(4389);
        assertThat(summary.membersGood()).isEqualTo(4164);
        assertThat(Math.round(summary.goodShare() * 10_000)).isEqualTo(9487);
    }

    @Test
    void reviewDelegationsOfTheStandingBoard() {
        ReviewSummary summary = reviews.districtSummary(2017);

        assertThat(summary.ledCollectives()).isEqualTo(9);
        assertThat(summary.ledIndividuals()).isEqualTo(9);
        assertThat(summary.attendedCollectives()).isEqualTo(9);
        assertThat(summary.attendedIndividuals()).isEqualTo(1);
    }

    @Test
    void longTuyenHasNoMemberWithAViolationIn2017ButOtherWardsDo() {
        Unit longTuyen = units.byCode("p-long-tuyen").orElseThrow();
        Unit traNoc = units.byCode("p-tra-noc").orElseThrow();

        assertThat(indicators.membersWithViolations(2017, longTuyen.id())).isZero();
        assertThat(indicators.membersWithViolations(2018, longTuyen.id())).isPositive();
        assertThat(indicators.membersWithViolations(2017, traNoc.id())).isPositive();
    }

    @Test
    void theDistrictHasEightWardsAndAFewDozenGrassrootsOrganizations() {
        var organizations = units.organizations(2017);

        assertThat(organizations).hasSize(36);
        assertThat(organizations.stream().filter(u -> u.kindCode().equals("WARD")).map(Unit::shortName))
                .containsExactly("Phường Bình Thủy", "Phường An Thới", "Phường Bùi Hữu Nghĩa", "Phường Long Hòa",
                        "Phường Long Tuyền", "Phường Trà An", "Phường Trà Nóc", "Phường Thới An Đông");
    }
}
