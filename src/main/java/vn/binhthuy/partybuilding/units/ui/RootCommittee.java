package vn.binhthuy.partybuilding.units.ui;

import org.springframework.stereotype.Component;
import vn.binhthuy.partybuilding.base.i18n.TranslationProvider;
import vn.binhthuy.partybuilding.base.ui.PartyCommittee;
import vn.binhthuy.partybuilding.units.Committee;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.Locale;
import java.util.Optional;

/** The committee of the root unit: a district's in the demo ("Quận ủy Bình Thủy"), a province's above several. */
@Component
class RootCommittee implements PartyCommittee {

    private final UnitService units;
    private final TranslationProvider translations;

    RootCommittee(UnitService units, TranslationProvider translations) {
        this.units = units;
        this.translations = translations;
    }

    @Override
    public String name(Locale locale) {
        return committee().map(c -> translations.getTranslation("committee." + c.kind().key(), locale, c.place()))
                .orElse("");
    }

    @Override
    public String kind(Locale locale) {
        return translations.getTranslation(
                committee().map(c -> "committee.kind." + c.kind().key()).orElse("committee.kind.none"), locale);
    }

    private Optional<Committee> committee() {
        try {
            return units.rootCommittee();
        } catch (RuntimeException unavailable) {
            // the login page is also shown while the database starts or is out: a subtitle is not worth an error page
            return Optional.empty();
        }
    }
}
