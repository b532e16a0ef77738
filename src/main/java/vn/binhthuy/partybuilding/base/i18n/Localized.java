package vn.binhthuy.partybuilding.base.i18n;

import java.util.Locale;

/** Reference data kept in both languages; Vietnamese unless the user chose English. */
public interface Localized {

    String nameVi();

    String nameEn();

    default String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn() : nameVi();
    }
}
