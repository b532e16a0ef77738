package vn.binhthuy.partybuilding.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of an organization-ratings file (the district's yearly rating of its grassroots organizations), and the
 * words its "tiêu biểu" column accepts. The export's sheet of the same name writes exactly these headers.
 */
public final class OrganizationRatingImportColumns {

    public static final String ORGANIZATION_CODE = "Mã tổ chức";
    public static final String ORGANIZATION_NAME = "Tên tổ chức";
    public static final String YEAR = "Năm";
    public static final String LEVEL = "Mức xếp loại";
    public static final String EXEMPLARY = "Tiêu biểu";
    public static final String NOTE = "Ghi chú";

    public static final List<String> ALL = List.of(ORGANIZATION_CODE, ORGANIZATION_NAME, YEAR, LEVEL, EXEMPLARY, NOTE);

    /** The words that mark an organization exemplary; a blank cell means not exemplary. */
    static final List<String> EXEMPLARY_WORDS = List.of("x", "có");
    private static final Set<String> NOT_EXEMPLARY = Set.of("", "không");

    private OrganizationRatingImportColumns() {
    }

    /** Whether the cell marks the organization exemplary; empty when the text is none of the accepted words. */
    static Optional<Boolean> exemplary(String text) {
        String word = text.trim().toLowerCase(Locale.ROOT);
        if (EXEMPLARY_WORDS.contains(word)) {
            return Optional.of(true);
        }
        return NOT_EXEMPLARY.contains(word) ? Optional.of(false) : Optional.empty();
    }
}
