package vn.binhthuy.partybuilding.importing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.binhthuy.partybuilding.importing.RatingImportTest.xlsx;

/**
 * The Board's files of every organization at once for member ratings and findings (year 2020, none in the demo):
 * each row goes to the organization of its member's cell at the year's end; rolled back.
 */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class WholeCommitteeImportTest {

    static final int YEAR = 2020;

    @Autowired RatingImportService ratings;
    @Autowired FindingImportService findings;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    /** The first member (code, name, cell) of the first cell of an organization at the end of 2020. */
    private Map<String, Object> member(String organization) {
        return jdbc.queryForMap("""
                SELECT m.code, m.full_name, u.code AS cell FROM party_member m
                JOIN member_assignment a ON a.member_id = m.id JOIN unit u ON u.id = a.unit_id
                JOIN unit o ON o.id = u.parent_id
                WHERE o.code = ? AND a.valid_from <= '2020-12-31' AND (a.valid_to IS NULL OR a.valid_to >= '2020-12-31')
                ORDER BY u.sort_order, m.code LIMIT 1""", organization);
    }

    private List<String> rating(Map<String, Object> m, String level) {
        return List.of((String) m.get("code"), (String) m.get("full_name"), (String) m.get("cell"), "2020", level, "", "");
    }

    private long organizationOfRating(Map<String, Object> m) {
        return jdbc.queryForObject("""
                SELECT r.organization_id FROM member_rating r JOIN party_member m ON m.id = r.member_id
                WHERE r.rating_year = 2020 AND m.code = ?""", Long.class, m.get("code"));
    }

    @Test
    void ratingsOfSeveralOrganizationsGoToEachMembersOrganization() throws Exception {
        Map<String, Object> longTuyen = member("p-long-tuyen");
        Map<String, Object> traNoc = member("p-tra-noc");
        byte[] file = xlsx(RatingImportColumns.ALL, List.of(rating(longTuyen, "HTTNV"), rating(traNoc, "HTNV")));

        RatingImport checked = ratings.check(null, YEAR, "toan-dang-bo.xlsx", file);
        assertThat(checked.problems()).isEmpty();
        assertThat(ratings.apply(checked)).isEqualTo(new ImportResult(2, 0, 0));

        assertThat(organizationOfRating(longTuyen)).isEqualTo(units.byCode("p-long-tuyen").orElseThrow().id());
        assertThat(organizationOfRating(traNoc)).isEqualTo(units.byCode("p-tra-noc").orElseThrow().id());
        assertThat(ratings.apply(ratings.check(null, YEAR, "toan-dang-bo.xlsx", file))).isEqualTo(new ImportResult(0, 0, 2));
        // an organization's own file finds the Board's rows as its own
        assertThat(ratings.apply(ratings.check(units.byCode("p-tra-noc").orElseThrow().id(), YEAR, "tra-noc.xlsx",
                xlsx(RatingImportColumns.ALL, List.of(rating(traNoc, "HTTNV")))))).isEqualTo(new ImportResult(0, 1, 0));
    }

    @Test
    void aWholeCommitteeFileReportsItsBadRowsWithTheSameMessages() throws Exception {
        Map<String, Object> longTuyen = member("p-long-tuyen");
        RatingImport checked = ratings.check(null, YEAR, "x.xlsx", xlsx(RatingImportColumns.ALL, List.of(
                rating(longTuyen, "HTTNV"), List.of("DV999999", "A", "", "2020", "HTTNV", "", ""),
                rating(longTuyen, "HTNV"))));
        assertThat(checked.problems()).extracting(ImportProblem::messageKey, ImportProblem::row).containsExactly(
                tuple("import.error.unknown-member.committee", 3), tuple("import.error.duplicate", 4));
    }

    @Test
    void findingsOfSeveralOrganizationsAndOfAnOrganizationItself() throws Exception {
        Map<String, Object> traNoc = member("p-tra-noc");
        byte[] file = xlsx(FindingImportColumns.ALL, List.of(
                List.of((String) traNoc.get("code"), (String) traNoc.get("cell"), "2020", "A1", "Nhẹ", "Kiểm tra", "01/10/2020", ""),
                List.of("", "p-long-tuyen", "2020", "B3", "Trung bình", "Kiểm điểm", "02/10/2020", "")));

        FindingImport checked = findings.check(null, YEAR, "f.xlsx", file);
        assertThat(checked.problems()).isEmpty();
        assertThat(findings.apply(checked)).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(jdbc.queryForList("SELECT o.code FROM finding f JOIN unit o ON o.id = f.organization_id WHERE f.finding_year = 2020 ORDER BY o.code",
                String.class)).containsExactly("p-long-tuyen", "p-tra-noc");
    }

    @Test
    @WithUserDetails("bithu.longtuyen")
    void aSecretaryCannotImportForTheWholeCommittee() throws Exception {
        byte[] file = xlsx(RatingImportColumns.ALL, List.of(rating(member("p-long-tuyen"), "HTTNV")));
        assertThatThrownBy(() -> ratings.check(null, YEAR, "x.xlsx", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> findings.template(null, YEAR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ratings.apply(new RatingImport(null, YEAR, "x.xlsx", List.of(), List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
