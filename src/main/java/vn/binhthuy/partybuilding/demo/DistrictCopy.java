package vn.binhthuy.partybuilding.demo;

/**
 * Which copy of the demo district a generator run produces. Copy 0 is Bình Thủy exactly as in the article; the
 * copies of a scaled dataset (scale tests: ten districts for a city, a hundred for a province) get their own seeds,
 * id ranges, codes and names, and are not forced onto the article's figures.
 *
 * @param index    0 for Bình Thủy, 1.. for the synthetic districts
 * @param parentId the province root above the districts, or null when the district is the root
 */
record DistrictCopy(int index, Long parentId) {

    static final DistrictCopy BINH_THUY = new DistrictCopy(0, null);

    /** Room for ids per copy: 225 units, about 5.400 members and 1.000 plans per copy of the district. */
    static final long UNIT_IDS = 1_000;
    static final long MEMBER_IDS = 10_000;
    static final long PLAN_IDS = 10_000;

    boolean isArticleDistrict() {
        return index == 0;
    }

    long unitIdOffset() {
        return index * UNIT_IDS;
    }

    long memberIdOffset() {
        return index * MEMBER_IDS;
    }

    long planIdOffset() {
        return index * PLAN_IDS;
    }

    /** Mixed into every random seed; 0 for Bình Thủy so that its data stays what it always was. */
    long salt() {
        return index * 1_000_003L;
    }

    /** Sort orders of organizations run on across districts, so that lists order by district first. */
    int sortOrderOffset() {
        return index * 100;
    }

    String code(String code) {
        return isArticleDistrict() ? code : "d%03d-%s".formatted(index, code);
    }

    String districtCode() {
        return isArticleDistrict() ? BinhThuyDistrict.DISTRICT_CODE : "q-mau-%03d".formatted(index);
    }

    String districtName() {
        return isArticleDistrict() ? BinhThuyDistrict.DISTRICT_NAME : "Đảng bộ quận mẫu %03d".formatted(index);
    }

    String districtShortName() {
        return isArticleDistrict() ? "Bình Thủy" : "Quận mẫu %03d".formatted(index);
    }

    /** Organization names must stay distinct across districts: charts and lists show them side by side. */
    String name(String name) {
        return isArticleDistrict() ? name : name + " (" + districtShortName() + ")";
    }

    String shortName(String shortName) {
        return isArticleDistrict() ? shortName : shortName + " · Q%03d".formatted(index);
    }
}
