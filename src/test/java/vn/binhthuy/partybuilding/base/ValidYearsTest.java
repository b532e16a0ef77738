package vn.binhthuy.partybuilding.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValidYearsTest {

    @Test
    void aSpanIncludesItsFirstAndLastYearAndAnOpenSpanEverythingAfterItsFirst() {
        assertThat(ValidYears.include(2004, 2025, 2004)).isTrue();
        assertThat(ValidYears.include(2004, 2025, 2025)).isTrue();
        assertThat(ValidYears.include(2004, 2025, 2026)).isFalse();
        assertThat(ValidYears.include(2004, 2025, 2003)).isFalse();
        assertThat(ValidYears.include(2018, null, 2100)).isTrue();
        assertThat(ValidYears.include(2018, null, 2017)).isFalse();
    }

    @Test
    void theSqlConditionIsTheSameRuleOverTheAliasedColumns() {
        assertThat(ValidYears.condition("u", ":year")).isEqualTo(
                "(u.valid_from_year <= :year AND (u.valid_to_year IS NULL OR u.valid_to_year >= :year))");
    }
}
