package vn.binhthuy.partybuilding.base.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** English counts take the singular for one ("1 individual"); Vietnamese has no plural forms. */
class EnglishPluralsTest {

    private final TranslationProvider translations = new TranslationProvider();

    private String english(String key, Object... params) {
        return translations.getTranslation(key, TranslationProvider.ENGLISH, params);
    }

    @Test
    void oneIsSingularOtherCountsArePlural() {
        assertThat(english("kpi.reviews.detail", 9, 1, 9, 1))
                .isEqualTo("9 collectives, 1 individual; also attended 9 collectives, 1 individual");
        assertThat(english("kpi.reviews.detail", 1, 0, 2, 3))
                .isEqualTo("1 collective, 0 individuals; also attended 2 collectives, 3 individuals");
        assertThat(english("remediation.count", 1)).isEqualTo("1 plan matches the filters");
        assertThat(english("remediation.count", 1200)).isEqualTo("1,200 plans match the filters");
        assertThat(english("kpi.members-good.detail", 1)).isEqualTo("1 party member");
        assertThat(english("chart.heatmap.cell", "A5 · x", "1", 1)).isEqualTo("A5 · x: 1 finding");
        assertThat(translations.getTranslation("kpi.reviews.detail", TranslationProvider.VIETNAMESE, 9, 1, 9, 1))
                .isEqualTo("9 tập thể, 1 cá nhân; dự thêm 9 tập thể, 1 cá nhân");
    }
}
