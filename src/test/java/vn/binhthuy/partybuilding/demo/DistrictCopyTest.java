package vn.binhthuy.partybuilding.demo;

import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.demo.DemoDataset.UnitRow;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic districts of a scaled dataset: own ids, codes and names, own random draws, same shape. */
class DistrictCopyTest {

    private static DemoDataset generate(DistrictCopy copy) {
        return new DemoDataGenerator(Map.of(), copy).generate();
    }

    @Test
    void binhThuyIsGeneratedAsBeforeWhenItIsTheRootOrACopyUnderAProvince() {
        DemoDataset plain = new DemoDataGenerator(Map.of()).generate();
        DemoDataset underProvince = generate(new DistrictCopy(0, 3001L));

        assertThat(plain.units().getFirst().parentId()).isNull();
        assertThat(underProvince.units().getFirst().parentId()).isEqualTo(3001L);
        assertThat(underProvince.members()).isEqualTo(plain.members());
        assertThat(underProvince.memberRatings()).isEqualTo(plain.memberRatings());
        assertThat(underProvince.findings()).isEqualTo(plain.findings());
        assertThat(underProvince.units().subList(1, plain.units().size())).isEqualTo(plain.units().subList(1, plain.units().size()));
    }

    @Test
    void aCopyHasItsOwnIdRangesCodesAndNames() {
        DemoDataset binhThuy = generate(new DistrictCopy(0, 3001L));
        DemoDataset copy = generate(new DistrictCopy(2, 3001L));

        assertThat(copy.units()).allSatisfy(u -> assertThat(u.id()).isBetween(2001L, 2999L));
        assertThat(copy.members()).allSatisfy(m -> assertThat(m.id()).isBetween(20_001L, 29_999L));
        assertThat(copy.plans()).allSatisfy(p -> assertThat(p.id()).isBetween(20_001L, 29_999L));
        UnitRow district = copy.units().getFirst();
        assertThat(district.code()).isEqualTo("q-mau-002");
        assertThat(district.parentId()).isEqualTo(3001L);
        assertThat(copy.units().subList(1, copy.units().size())).allSatisfy(u -> assertThat(u.code()).startsWith("d002-"));
        Set<String> names = new HashSet<>();
        binhThuy.units().forEach(u -> names.add(u.name()));
        copy.units().forEach(u -> assertThat(names.add(u.name())).as(u.name()).isTrue());
    }

    @Test
    void aCopyDrawsItsOwnFiguresOfTheSameOrder() {
        DemoDataset binhThuy = generate(DistrictCopy.BINH_THUY);
        DemoDataset copy = generate(new DistrictCopy(1, 2001L));

        assertThat(copy.units()).hasSameSizeAs(binhThuy.units());
        assertThat(copy.members()).hasSameSizeAs(binhThuy.members());
        assertThat(copy.memberRatings()).extracting(DemoDataset.MemberRatingRow::levelCode)
                .isNotEqualTo(binhThuy.memberRatings().stream().map(DemoDataset.MemberRatingRow::levelCode).toList());
        assertThat((double) copy.findings().size()).isBetween(binhThuy.findings().size() * 0.8, binhThuy.findings().size() * 1.2);
        assertThat((double) copy.plans().size()).isBetween(binhThuy.plans().size() * 0.8, binhThuy.plans().size() * 1.2);
    }
}
