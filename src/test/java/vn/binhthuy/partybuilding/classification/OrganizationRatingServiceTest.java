package vn.binhthuy.partybuilding.classification;

import vn.binhthuy.partybuilding.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.units.UnitService;

import static vn.binhthuy.partybuilding.InvalidInputAssertions.expectKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class OrganizationRatingServiceTest {

    @Autowired OrganizationRatingService ratings;
    @Autowired UnitService units;

    private long anThoi() {
        return units.byCode("p-an-thoi").orElseThrow().id();
    }

    @Test
    void levelsComeFromTheYearsOrganizationScaleAndExemplaryOnlyWithTsvm() {
        OrganizationRatingEntry y2017 = ratings.read(2017, anThoi());
        OrganizationRatingEntry y2019 = ratings.read(2019, anThoi());

        expectKey(() -> ratings.save(y2019, "TSVM", false, null), "rating.error.level-not-in-scale");
        expectKey(() -> ratings.save(y2017, "HTTNV", true, null), "rating.error.exemplary");
        expectKey(() -> ratings.save(y2019, "HTXSNV", true, null), "rating.error.exemplary");
        expectKey(() -> ratings.save(y2019, "", false, null), "rating.error.level-required");
        assertThat(ratings.read(2019, anThoi())).isEqualTo(y2019);

        OrganizationRatingEntry saved = ratings.save(y2017, "TSVM", true, "Công nhận tiêu biểu");
        assertThat(saved.exemplary()).isTrue();
        assertThat(saved.version()).isEqualTo(y2017.version() + 1);
    }

    @Test
    void aStaleSaveIsRefused() {
        OrganizationRatingEntry first = ratings.read(2018, anThoi());
        OrganizationRatingEntry second = ratings.read(2018, anThoi());
        ratings.save(first, "HTNV", false, null);

        assertThatThrownBy(() -> ratings.save(second, "HTXSNV", false, null))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(ratings.read(2018, anThoi()).levelCode()).isEqualTo("HTNV");
    }

    @Test
    void aNewYearGetsItsFirstRating() {
        OrganizationRatingEntry none = ratings.read(2020, anThoi());
        assertThat(none.ratingId()).isNull();

        assertThat(ratings.save(none, "HTTNV", false, null).levelCode()).isEqualTo("HTTNV");
    }

    @Test
    @WithUserDetails("bithu.longtuyen")
    void aSecretaryRatesOnlyTheirOwnOrganization() {
        assertThat(ratings.mayEdit(anThoi())).isFalse();
        assertThatThrownBy(() -> ratings.read(2017, anThoi())).isInstanceOf(AccessDeniedException.class);
        assertThat(ratings.mayEdit(units.byCode("p-long-tuyen").orElseThrow().id())).isTrue();
    }
}
