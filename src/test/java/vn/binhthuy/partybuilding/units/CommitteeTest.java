package vn.binhthuy.partybuilding.units;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommitteeTest {

    private static Unit unit(UnitLevel level, String name, String shortName) {
        return new Unit(1, "x", null, level.name(), level, name, shortName, 2015, null, 0, 0);
    }

    @Test
    void theCommitteeIsNamedByThePlaceWordOfTheUnitsName() {
        assertThat(Committee.of(unit(UnitLevel.DISTRICT, "Đảng bộ quận Bình Thủy", "Quận Bình Thủy")))
                .contains(new Committee(Committee.Kind.DISTRICT, "Bình Thủy"));
        assertThat(Committee.of(unit(UnitLevel.PROVINCE, "Đảng bộ tỉnh mẫu (3 quận)", "Tỉnh mẫu")))
                .contains(new Committee(Committee.Kind.PROVINCE, "mẫu (3 quận)"));
        assertThat(Committee.of(unit(UnitLevel.PROVINCE, "Đảng bộ thành phố Cần Thơ", "TP Cần Thơ")))
                .contains(new Committee(Committee.Kind.CITY, "Cần Thơ"));
        assertThat(Committee.of(unit(UnitLevel.DISTRICT, "Đảng bộ huyện Phong Điền", "Phong Điền")))
                .contains(new Committee(Committee.Kind.RURAL_DISTRICT, "Phong Điền"));
        assertThat(Committee.of(unit(UnitLevel.DISTRICT, "Đảng bộ thị xã Long Mỹ", "Long Mỹ")))
                .contains(new Committee(Committee.Kind.TOWN, "Long Mỹ"));
        assertThat(Committee.Kind.RURAL_DISTRICT.key()).isEqualTo("rural-district");
    }

    @Test
    void withoutAPlaceWordTheLevelDecidesAndOrganizationsHaveNone() {
        assertThat(Committee.of(unit(UnitLevel.PROVINCE, "Đảng bộ Cần Thơ", "Cần Thơ")))
                .contains(new Committee(Committee.Kind.PROVINCE, "Cần Thơ"));
        assertThat(Committee.of(unit(UnitLevel.DISTRICT, "Bình Thủy", "Bình Thủy")))
                .contains(new Committee(Committee.Kind.DISTRICT, "Bình Thủy"));
        assertThat(Committee.of(unit(UnitLevel.GRASSROOTS, "Đảng bộ phường Long Tuyền", "Phường Long Tuyền")))
                .isEmpty();
    }
}
