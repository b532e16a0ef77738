package vn.binhthuy.partybuilding.base.i18n;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private final TranslationProvider translations = new TranslationProvider();

    @Test
    void vietnameseNumbersPercentagesAndDates() {
        assertThat(Formats.number(4164, TranslationProvider.VIETNAMESE)).isEqualTo("4.164");
        assertThat(Formats.percent(4164.0 / 4389, TranslationProvider.VIETNAMESE)).isEqualTo("94,87%");
        assertThat(Formats.date(LocalDate.of(2018, 3, 19), TranslationProvider.VIETNAMESE)).isEqualTo("19/03/2018");
    }

    @Test
    void englishNumbersAndPercentages() {
        assertThat(Formats.number(4164, TranslationProvider.ENGLISH)).isEqualTo("4,164");
        assertThat(Formats.percent(4164.0 / 4389, TranslationProvider.ENGLISH)).isEqualTo("94.87%");
    }

    @Test
    void messagesFormatParametersForTheLanguage() {
        assertThat(translations.getTranslation("kpi.members-good.detail", TranslationProvider.VIETNAMESE, 4164))
                .isEqualTo("4.164 đảng viên");
        assertThat(translations.getTranslation("kpi.members-good.detail", TranslationProvider.ENGLISH, 4164))
                .isEqualTo("4,164 party members");
    }

    @Test
    void everyEnglishKeyExistsInVietnameseAndTheOtherWayRound() throws Exception {
        var vi = new java.util.Properties();
        var en = new java.util.Properties();
        try (var viIn = getClass().getResourceAsStream("/i18n/messages.properties");
             var enIn = getClass().getResourceAsStream("/i18n/messages_en.properties")) {
            vi.load(new java.io.InputStreamReader(viIn, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(enIn, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(en.keySet()).isEqualTo(vi.keySet());
    }

    /** MessageFormat reads a lone apostrophe as the start of quoted text: "year's {0}" would print "years {0}". */
    @Test
    void messagesWithParametersDoubleTheirApostrophes() throws Exception {
        for (String bundle : java.util.List.of("/i18n/messages.properties", "/i18n/messages_en.properties")) {
            var messages = new java.util.Properties();
            try (var in = getClass().getResourceAsStream(bundle)) {
                messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(messages.stringPropertyNames()).as(bundle).filteredOn(key -> {
                String message = messages.getProperty(key);
                return message.matches("(?s).*\\{\\d.*") && message.matches("(?s).*(?<!')'(?!').*");
            }).isEmpty();
        }
        assertThat(translations.getTranslation("import.error.unknown-member", TranslationProvider.ENGLISH, "DV1"))
                .endsWith("at the year's end.");
    }

    /** A key written twice loses its first message silently (the last one wins): each key once per bundle. */
    @Test
    void everyKeyIsDefinedOncePerBundle() throws Exception {
        for (String bundle : java.util.List.of("/i18n/messages.properties", "/i18n/messages_en.properties")) {
            java.util.List<String> keys;
            try (var in = getClass().getResourceAsStream(bundle)) {
                keys = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).trim()).toList();
            }
            assertThat(keys).as(bundle).doesNotHaveDuplicates();
        }
    }

    @Test
    void aMissingKeyIsVisibleRatherThanBlank() {
        assertThat(translations.getTranslation("no.such.key", TranslationProvider.VIETNAMESE)).isEqualTo("!no.such.key");
    }
}
