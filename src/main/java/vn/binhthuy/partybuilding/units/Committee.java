package vn.binhthuy.partybuilding.units;

import java.util.Locale;
import java.util.Optional;

/**
 * The party committee that leads a province or district party organization, as its name is written: "Quận ủy Bình
 * Thủy" for "Đảng bộ quận Bình Thủy", "Tỉnh ủy …", "Thành ủy …", "Huyện ủy …", "Thị ủy …". The kind comes from the
 * unit's name ("Đảng bộ huyện …"), else from its level; views word it through {@link Kind#key()}.
 */
public record Committee(Kind kind, String place) {

    /** The committee's kind: the word before "ủy" ("Quận ủy"), by the name's place word. */
    public enum Kind {
        PROVINCE("tỉnh"), CITY("thành phố"), DISTRICT("quận"), RURAL_DISTRICT("huyện"), TOWN("thị xã");

        private final String placeWord;

        Kind(String placeWord) {
            this.placeWord = placeWord;
        }

        /** The part of message keys: "committee.district", "committee.rural-district", … */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final String PARTY_ORGANIZATION = "đảng bộ ";

    /** The committee of a province or district unit; empty for a grassroots organization or a cell. */
    public static Optional<Committee> of(Unit unit) {
        if (unit.level() != UnitLevel.PROVINCE && unit.level() != UnitLevel.DISTRICT) {
            return Optional.empty();
        }
        String name = unit.name().strip();
        String lower = name.toLowerCase(Locale.of("vi"));
        int start = lower.startsWith(PARTY_ORGANIZATION) ? PARTY_ORGANIZATION.length() : 0;
        for (Kind kind : Kind.values()) {
            if (lower.startsWith(kind.placeWord + " ", start)) {
                return Optional.of(new Committee(kind, name.substring(start + kind.placeWord.length() + 1).strip()));
            }
        }
        // a name without its place word ("Đảng bộ Cần Thơ"): the level says which committee it is
        return Optional.of(new Committee(unit.level() == UnitLevel.PROVINCE ? Kind.PROVINCE : Kind.DISTRICT,
                start > 0 ? name.substring(start).strip() : unit.shortName()));
    }
}
