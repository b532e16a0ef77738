package vn.binhthuy.partybuilding.base.ui;

import java.util.Locale;

/**
 * The party committee the application serves, named from the root unit: "Quận ủy Bình Thủy" under the header's
 * title and on the login page, "Quận ủy" in role names. The units feature provides it.
 */
public interface PartyCommittee {

    /** The committee's name, e.g. "Quận ủy Bình Thủy", "Tỉnh ủy …"; empty while the register holds no root. */
    String name(Locale locale);

    /** The committee's kind alone, e.g. "Quận ủy" ("cấp ủy" while the register holds no root). */
    String kind(Locale locale);
}
