package vn.binhthuy.partybuilding.indicators;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.util.Locale;

/** One of the 27 manifestations of degradation (NQTW4 khóa XII); editable reference data keyed by code. */
@Table("indicator")
public record Indicator(@Id Long id, String code, String groupCode, String titleVi, String titleEn, int sortOrder,
                        @Version Integer version) {

    /** The wording in the user's language: English for "en", else Vietnamese. */
    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
    }

    /** "A5 · Phai nhạt lý tưởng cách mạng…": how lists, keys and tooltips name a manifestation. */
    public String label(Locale locale) {
        return code + " · " + title(locale);
    }
}
