package vn.binhthuy.partybuilding.classification.scales;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.RatingLevel;
import vn.binhthuy.partybuilding.classification.RatingSubject;

import static vn.binhthuy.partybuilding.InvalidInputAssertions.expectKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rating scales per year; rolled back. */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class RatingScalesTest {

    @Autowired RatingScales scales;
    @Autowired ClassificationService classification;
    @Autowired JdbcTemplate jdbc;

    private RatingScheme scheme(String code) {
        return scales.schemes().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private SchemeLevel level(String scheme, String code) {
        return scales.levels(scheme(scheme)).stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void everyRegulationHasAScaleForOrganizationsAndForMembers() {
        assertThat(scales.schemes()).hasSize(8);
        assertThat(scales.isLatest(scheme("QD366-MEMBER"))).isTrue();
        assertThat(scales.isLatest(scheme("QD132-MEMBER"))).isFalse();
        assertThat(scales.levels(scheme("HD27-ORG"))).extracting(SchemeLevel::code)
                .containsExactly("TSVM", "HTTNV", "HTNV", "YK");
    }

    @Test
    void aLevelIsRewordedAndRecolouredAndTheYearsScaleFollows() {
        SchemeLevel read = level("HD27-MEMBER", "HTNV");

        scales.changeLevel(read, "Hoàn thành nhiệm vụ (HTNV)", "Completed tasks (CT)", "#ff9800", false);

        RatingLevel in2017 = classification.scale(RatingSubject.MEMBER, 2017).stream()
                .filter(l -> l.code().equals("HTNV")).findFirst().orElseThrow();
        assertThat(in2017.nameVi()).isEqualTo("Hoàn thành nhiệm vụ (HTNV)");
        assertThat(in2017.color()).isEqualTo("#FF9800");
        assertThatThrownBy(() -> scales.changeLevel(read, "x", "x", "#000000", false))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void badLevelsAreRefusedWithSpecificMessages() {
        SchemeLevel htnv = level("HD27-MEMBER", "HTNV");
        expectKey(() -> scales.changeLevel(htnv, " ", "Completed", "#FF9800", false), "scale.error.name");
        expectKey(() -> scales.changeLevel(htnv, "HTNV", "Completed", "orange", false), "scale.error.color");
        SchemeLevel excellent = level("QD366-MEMBER", "HTXSNV");
        expectKey(() -> scales.changeLevel(excellent, excellent.nameVi(), excellent.nameEn(), excellent.color(), false),
                "scale.error.good-order");
        SchemeLevel khtnv = level("QD366-MEMBER", "KHTNV");
        expectKey(() -> scales.changeLevel(khtnv, khtnv.nameVi(), khtnv.nameEn(), khtnv.color(), true),
                "scale.error.good-order");
        assertThat(level("QD366-MEMBER", "HTXSNV").countsAsGood()).isTrue();
        assertThat(level("QD366-MEMBER", "KHTNV").countsAsGood()).isFalse();
        // the 2017 share (94,87%) was computed with HTNV not counting; that line is history now
        SchemeLevel rated = level("HD27-MEMBER", "HTNV");
        assertThatThrownBy(() -> scales.changeLevel(rated, rated.nameVi(), rated.nameEn(), rated.color(), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("scale.error.good-rated");
                    assertThat(e.arguments()).containsExactly(2017);
                });
        expectKey(() -> scales.changeScheme(scheme("QD366-MEMBER"), "Quy định 366", 40000, 20), "scale.error.years");
    }

    @Test
    void aNewRegulationTakesOverFromAYearWithACopyOfTheLevels() {
        RatingScheme current = scheme("QD366-MEMBER");
        expectKey(() -> scales.startNewScheme(current, "QD999-MEMBER", "Quy định 999", 2025), "scale.error.from-year");
        expectKey(() -> scales.startNewScheme(scheme("QD132-MEMBER"), "QD999-MEMBER", "Quy định 999", 2026),
                "scale.error.not-latest");
        expectKey(() -> scales.startNewScheme(current, "QD132-MEMBER", "Quy định 999", 2026), "scale.error.code-taken");

        scales.startNewScheme(current, "qd999-member", "Quy định 999-QĐ/TW (2026)", 2026);

        assertThat(scheme("QD366-MEMBER").validToYear()).isEqualTo(2025);
        RatingScheme next = scheme("QD999-MEMBER");
        assertThat(next.validFromYear()).isEqualTo(2026);
        assertThat(next.validToYear()).isNull();
        assertThat(next.excellentCapPercent()).isEqualTo(current.excellentCapPercent());
        assertThat(classification.scale(RatingSubject.MEMBER, 2026)).extracting(RatingLevel::code)
                .containsExactly("HTXSNV", "HTTNV", "HTNV", "KHTNV");
        assertThat(classification.scale(RatingSubject.MEMBER, 2026).getFirst().id())
                .isNotEqualTo(classification.scale(RatingSubject.MEMBER, 2025).getFirst().id());
        expectKey(() -> scales.changeScheme(next, next.regulation(), 2024, null), "scale.error.years");
    }

    @Test
    void aScaleCannotEndBeforeTheLastYearRatedWithIt() {
        RatingScheme current = scheme("QD366-MEMBER");
        long level = level("QD366-MEMBER", "HTTNV").id();
        jdbc.update("""
                INSERT INTO member_rating (member_id, rating_year, unit_id, organization_id, level_id)
                SELECT member_id, 2027, unit_id, organization_id, ? FROM member_rating WHERE rating_year = 2019 LIMIT 1""",
                level);

        assertThatThrownBy(() -> scales.startNewScheme(current, "QD999-MEMBER", "Quy định 999", 2026))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("scale.error.rated-after");
                    assertThat(e.arguments()).containsExactly(2027);
                });
        assertThat(scheme("QD366-MEMBER").validToYear()).isNull();
    }

    @Test
    @WithUserDetails("bithu.longtuyen")
    void onlyTheOrganizationBoardKeepsTheScales() {
        assertThatThrownBy(() -> scales.schemes()).isInstanceOf(AccessDeniedException.class);
    }
}
