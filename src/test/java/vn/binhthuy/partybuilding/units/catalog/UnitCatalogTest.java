package vn.binhthuy.partybuilding.units.catalog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.units.UnitLevel;

import java.time.Clock;
import java.time.Year;

import static vn.binhthuy.partybuilding.InvalidInputAssertions.expectKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Organization Board's unit catalog; rolled back. */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class UnitCatalogTest {

    @Autowired UnitCatalog catalog;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private CatalogUnit unit(String code) {
        long id = jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, code);
        CatalogUnit district = catalog.children(null).getFirst();
        if (district.id() == id) {
            return district;
        }
        return catalog.children(district.id()).stream().filter(u -> u.id() == id).findFirst()
                .or(() -> catalog.children(district.id()).stream().flatMap(o -> catalog.children(o.id()).stream())
                        .filter(u -> u.id() == id).findFirst())
                .orElseThrow();
    }

    private static UnitDraft draft(CatalogUnit u) {
        return new UnitDraft(u.code(), u.kindCode(), u.name(), u.shortName(), u.validFromYear(), u.validToYear(),
                u.sortOrder());
    }

    @Test
    void theTreeStartsAtTheDistrictAndListsItsOrganizationsOverAllYears() {
        CatalogUnit district = catalog.children(null).getFirst();
        assertThat(district.level()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(catalog.children(district.id())).hasSize(jdbc.queryForObject(
                "SELECT COUNT(*) FROM unit WHERE parent_id = ?", Integer.class, district.id()));
        CatalogUnit longTuyen = unit("p-long-tuyen");
        assertThat(longTuyen.children()).isEqualTo(catalog.children(longTuyen.id()).size()).isPositive();
    }

    @Test
    void aNewCellIsAddedUnderAnOrganizationAndAudited() {
        CatalogUnit longTuyen = unit("p-long-tuyen");
        int before = catalog.children(longTuyen.id()).size();
        String cellKind = catalog.kindsFor(UnitLevel.CELL).getFirst().code();

        long id = catalog.create(longTuyen, new UnitDraft(" P-Long-Tuyen-Moi ", cellKind, "Chi bộ Khu vực mới",
                "Khu vực mới", 2020, 2025, 99));

        assertThat(catalog.children(longTuyen.id())).hasSize(before + 1)
                .anyMatch(u -> u.id() == id && u.code().equals("p-long-tuyen-moi") && u.level() == UnitLevel.CELL);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_event WHERE entity_type = 'UNIT' AND entity_id = 'p-long-tuyen-moi'
                  AND action = 'RECORD_CREATED'""", Integer.class)).isEqualTo(1);
    }

    @Test
    void badNewUnitsAreRefusedWithSpecificMessages() {
        CatalogUnit longTuyen = unit("p-long-tuyen");
        String cellKind = catalog.kindsFor(UnitLevel.CELL).getFirst().code();
        String wardKind = catalog.kindsFor(UnitLevel.GRASSROOTS).getFirst().code();
        expectKey(() -> catalog.create(longTuyen, new UnitDraft("Khu vực 9", cellKind, "A", "A", 2020, null, 0)),
                "unit.error.code");
        expectKey(() -> catalog.create(longTuyen, new UnitDraft("p-long-tuyen-kv1", cellKind, "A", "A", 2020, null, 0)),
                "unit.error.code-taken");
        expectKey(() -> catalog.create(longTuyen, new UnitDraft("kv-x", wardKind, "A", "A", 2020, null, 0)),
                "unit.error.kind");
        expectKey(() -> catalog.create(longTuyen, new UnitDraft("kv-x", cellKind, " ", "A", 2020, null, 0)),
                "unit.error.name");
        expectKey(() -> catalog.create(longTuyen, new UnitDraft("kv-x", cellKind, "A", "A", 2020, 2019, 0)),
                "unit.error.years");
        expectKey(() -> catalog.create(longTuyen, new UnitDraft("kv-x", cellKind, "A", "A", 1990, null, 0)),
                "unit.error.parent-years");
        expectKey(() -> catalog.create(unit("p-long-tuyen-kv1"), new UnitDraft("kv-x", cellKind, "A", "A", 2020, null, 0)),
                "unit.error.no-children");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE code = 'kv-x'", Integer.class)).isZero();
    }

    @Test
    void aUnitCannotEndBeforeItsFiguresOrWhileItHasMembers() {
        CatalogUnit kv1 = unit("p-long-tuyen-kv1");
        UnitDraft endsIn2016 = new UnitDraft(kv1.code(), kv1.kindCode(), kv1.name(), kv1.shortName(),
                kv1.validFromYear(), 2016, kv1.sortOrder());
        assertThatThrownBy(() -> catalog.change(kv1, endsIn2016)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("unit.error.data-outside");
                    assertThat(e.arguments()).containsExactly(2017);
                });

        CatalogUnit district = catalog.children(null).getFirst();
        expectKey(() -> catalog.change(district, new UnitDraft(district.code(), district.kindCode(), district.name(),
                district.shortName(), district.validFromYear(), 2018, 0)), "unit.error.children-years");

        jdbc.update("DELETE FROM member_rating WHERE unit_id = ?", kv1.id());
        jdbc.update("DELETE FROM finding WHERE unit_id = ?", kv1.id());
        jdbc.update("DELETE FROM remediation_plan WHERE unit_id = ?", kv1.id());
        jdbc.update("DELETE FROM review_delegation WHERE unit_id = ?", kv1.id());
        expectKey(() -> catalog.change(kv1, endsIn2016), "unit.error.members-after");
    }

    @Test
    void aRenameIsSavedAndAnOutdatedReadIsRefused() {
        CatalogUnit kv1 = unit("p-long-tuyen-kv1");
        UnitDraft renamed = new UnitDraft(kv1.code(), kv1.kindCode(), "Chi bộ Khu vực Một", "Khu vực Một",
                kv1.validFromYear(), kv1.validToYear(), kv1.sortOrder());

        catalog.change(kv1, renamed);

        assertThat(unit("p-long-tuyen-kv1").name()).isEqualTo("Chi bộ Khu vực Một");
        assertThat(unit("p-long-tuyen-kv1").version()).isEqualTo(kv1.version() + 1);
        assertThatThrownBy(() -> catalog.change(kv1, draft(kv1))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(unit("p-long-tuyen-kv1").name()).isEqualTo("Chi bộ Khu vực Một");
        assertThat(unit("p-long-tuyen-kv1").version()).isEqualTo(kv1.version() + 1);
    }

    @Test
    void aUnitStoredAtVersionZeroIsUpdatedInPlaceNotInsertedAgain() {
        // rows written by migrations and the demo loader start at the column default 0
        jdbc.update("UPDATE unit SET version = 0 WHERE code = 'p-long-tuyen-kv2'");
        CatalogUnit kv2 = unit("p-long-tuyen-kv2");
        int units = jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class);

        catalog.change(kv2, new UnitDraft(kv2.code(), kv2.kindCode(), "Chi bộ Khu vực Hai", "Khu vực Hai",
                kv2.validFromYear(), kv2.validToYear(), kv2.sortOrder()));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class)).isEqualTo(units);
        CatalogUnit saved = unit("p-long-tuyen-kv2");
        assertThat(saved.id()).isEqualTo(kv2.id());
        assertThat(saved.name()).isEqualTo("Chi bộ Khu vực Hai");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.parentId()).isEqualTo(kv2.parentId());
    }

    @Test
    void aChangeBasedOnAnOutdatedReadChangesNothingAndIsNotAudited() {
        CatalogUnit kv2 = unit("p-long-tuyen-kv2");
        jdbc.update("UPDATE unit SET version = version + 1 WHERE id = ?", kv2.id());
        int audited = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'UNIT'", Integer.class);

        assertThatThrownBy(() -> catalog.change(kv2, new UnitDraft(kv2.code(), kv2.kindCode(), "Tên khác", "Khác",
                kv2.validFromYear(), kv2.validToYear(), kv2.sortOrder())))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(unit("p-long-tuyen-kv2").name()).isEqualTo(kv2.name());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'UNIT'", Integer.class))
                .isEqualTo(audited);
    }

    @Test
    void aNewUnitStartsAtVersionZeroAndTheSuggestedFirstYearStaysWithinAnEndedParent() {
        CatalogUnit longTuyen = unit("p-long-tuyen");
        String cellKind = catalog.kindsFor(UnitLevel.CELL).getFirst().code();
        long id = catalog.create(longTuyen, new UnitDraft("p-long-tuyen-kv-moi", cellKind, "Chi bộ mới", "Mới", 2020,
                2025, 0));
        assertThat(jdbc.queryForObject("SELECT version FROM unit WHERE id = ?", Integer.class, id)).isZero();

        assertThat(longTuyen.validToYear()).isEqualTo(2025);
        assertThat(catalog.suggestedFirstYear(longTuyen))
                .isEqualTo(Math.min(Year.now(clock).getValue(), 2025));
    }

    @Test
    @WithUserDetails("bithu.longtuyen")
    void aSecretaryCannotChangeTheHierarchy() {
        assertThatThrownBy(() -> catalog.children(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOrganizationWithAnOpenEndedCellCanStillBeRenamed() {
        jdbc.update("UPDATE unit SET valid_to_year = NULL WHERE code IN ('q-binh-thuy', 'p-long-tuyen', 'p-long-tuyen-kv1')");
        CatalogUnit longTuyen = unit("p-long-tuyen");

        catalog.change(longTuyen, new UnitDraft(longTuyen.code(), longTuyen.kindCode(), "Đảng bộ phường Long Tuyền (mới)",
                longTuyen.shortName(), longTuyen.validFromYear(), null, longTuyen.sortOrder()));

        assertThat(unit("p-long-tuyen").name()).isEqualTo("Đảng bộ phường Long Tuyền (mới)");
    }

    @Test
    void theFirstCellOfAnOrganizationThatHoldsItsMembersIsRefused() {
        CatalogUnit agency = unit("cb-kho-bac");
        assertThat(agency.children()).isZero();
        String cellKind = catalog.kindsFor(UnitLevel.CELL).getLast().code();

        expectKey(() -> catalog.create(agency, new UnitDraft("cb-kho-bac-1", cellKind, "Chi bộ 1", "Chi bộ 1", 2020,
                2025, 1)), "unit.error.parent-holds-members");
    }
}
