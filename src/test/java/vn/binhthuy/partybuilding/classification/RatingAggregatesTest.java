package vn.binhthuy.partybuilding.classification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rating aggregates' @Version: a row stored at version 0 (every demo row) is updated in place, not taken for a
 * new one; a save based on an outdated version is refused and changes nothing. Rolled back.
 */
@SpringBootTest
@Transactional
@WithUserDetails("bantochuc")
class RatingAggregatesTest {

    @Autowired MemberRatingService memberRatings;
    @Autowired OrganizationRatingService organizationRatings;
    @Autowired MemberRatingRepository memberRatingRows;
    @Autowired UnitService units;
    @Autowired JdbcClient jdbc;

    private MemberRating storedAtVersionZero() {
        long id = jdbc.sql("""
                SELECT MIN(r.id) FROM member_rating r JOIN unit u ON u.id = r.organization_id
                WHERE r.rating_year = 2018 AND r.version = 0 AND u.code = 'p-an-thoi'""").query(Long.class).single();
        return memberRatingRows.findById(id).orElseThrow();
    }

    private String row(long ratingId) {
        return jdbc.sql("""
                SELECT CONCAT_WS('/', member_id, rating_year, unit_id, organization_id, level_id, COALESCE(note, '-'),
                                 version)
                FROM member_rating WHERE id = :id""").param("id", ratingId).query(String.class).single();
    }

    private long otherLevel(MemberRating rating) {
        return jdbc.sql("""
                SELECT MIN(l.id) FROM rating_level l
                WHERE l.scheme_id = (SELECT scheme_id FROM rating_level WHERE id = :level) AND l.id <> :level""")
                .param("level", rating.levelId()).query(Long.class).single();
    }

    @Test
    void aMemberRatingStoredAtVersionZeroIsUpdatedInPlace() {
        MemberRating stored = storedAtVersionZero();
        assertThat(stored.version()).isZero();
        long ratings = jdbc.sql("SELECT COUNT(*) FROM member_rating").query(Long.class).single();

        memberRatings.saveImported(stored.organizationId(),
                List.of(stored.corrected(stored.unitId(), otherLevel(stored), "sửa")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_rating").query(Long.class).single()).isEqualTo(ratings);
        MemberRating updated = memberRatingRows.findById(stored.id()).orElseThrow();
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.levelId()).isEqualTo(otherLevel(stored));
        assertThat(updated.note()).isEqualTo("sửa");
    }

    @Test
    void aMemberRatingSavedFromAnOutdatedVersionIsRefusedAndChangesNothing() {
        MemberRating read = storedAtVersionZero();
        memberRatings.saveImported(read.organizationId(), List.of(read.corrected(read.unitId(), read.levelId(), "first")));
        String afterFirst = row(read.id());

        assertThatThrownBy(() -> memberRatings.saveImported(read.organizationId(),
                List.of(read.corrected(read.unitId(), otherLevel(read), "second"))))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(row(read.id())).isEqualTo(afterFirst).endsWith("/first/1");
    }

    @Test
    void anOrganizationRatingStoredAtVersionZeroIsUpdatedInPlaceAndAStaleSaveChangesNothing() {
        long anThoi = units.byCode("p-an-thoi").orElseThrow().id();
        OrganizationRatingEntry read = organizationRatings.read(2019, anThoi);
        assertThat(read.version()).isZero();

        OrganizationRatingEntry saved = organizationRatings.save(read, "HTNV", false, "lần một");

        assertThat(saved.ratingId()).isEqualTo(read.ratingId());
        assertThat(saved.version()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organization_rating WHERE unit_id = :org AND rating_year = 2019")
                .param("org", anThoi).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> organizationRatings.save(read, "HTXSNV", false, "lần hai"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(organizationRatings.read(2019, anThoi)).isEqualTo(saved);
    }

    @Test
    void onlyTheLevelThatAllowsItCarriesTheExemplaryDistinction() {
        assertThat(jdbc.sql("""
                SELECT CONCAT(s.code, '/', l.code) FROM rating_level l JOIN rating_scheme s ON s.id = l.scheme_id
                WHERE l.exemplary_allowed""").query(String.class).list()).containsExactly("HD27-ORG/TSVM");
        assertThat(organizationRatings.hasExemplary(2017)).isTrue();
        assertThat(organizationRatings.hasExemplary(2018)).isFalse();
    }

    @Test
    void anImportWritesOnlyItsOwnOrganizationsRatings() {
        MemberRating stored = storedAtVersionZero();
        MemberRating elsewhere = new MemberRating(stored.id(), stored.memberId(), stored.ratingYear(), stored.unitId(),
                stored.organizationId(), stored.levelId(), "x", stored.version());
        long otherOrganization = units.byCode("p-long-tuyen").orElseThrow().id();

        assertThatThrownBy(() -> memberRatings.saveImported(otherOrganization, List.of(elsewhere)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(row(stored.id())).endsWith("/0");
    }
}
