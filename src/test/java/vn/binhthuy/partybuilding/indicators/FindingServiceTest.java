package vn.binhthuy.partybuilding.indicators;

import vn.binhthuy.partybuilding.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditFilter;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.units.UnitService;

import java.time.LocalDate;

import static vn.binhthuy.partybuilding.InvalidInputAssertions.expectKey;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.indicators.FindingDegree.MILD;
import static vn.binhthuy.partybuilding.indicators.FindingDegree.MODERATE;
import static vn.binhthuy.partybuilding.indicators.ShortcomingSource.INSPECTION;
import static vn.binhthuy.partybuilding.indicators.ShortcomingSource.REVIEW_DELEGATION;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording and removing findings in a cell; rolled back. */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class FindingServiceTest {

    @Autowired FindingService findings;
    @Autowired IndicatorService indicators;
    @Autowired UnitService units;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;

    private long cell() {
        return units.byCode("p-tra-an-kv1").orElseThrow().id();
    }

    private long frequency(String code) {
        return indicators.frequenciesOfUnit(2019, cell()).stream().filter(f -> f.code().equals(code))
                .mapToLong(IndicatorFrequency::findings).sum();
    }

    @Test
    void aCollectiveFindingCountsInTheChartsAndCanBeRemoved() {
        long before = frequency("C7");

        findings.record(2019, cell(), null, "C7", MODERATE, INSPECTION, LocalDate.of(2019, 6, 1), "Qua kiểm tra");

        assertThat(frequency("C7")).isEqualTo(before + 1);
        FindingEntry recorded = findings.ofUnit(2019, cell()).stream()
                .filter(f -> f.indicatorCode().equals("C7") && f.source() == INSPECTION && f.memberId() == null)
                .findFirst().orElseThrow();
        expectKey(() -> findings.record(2019, cell(), null, "C7", MILD, INSPECTION, LocalDate.of(2019, 7, 1), null),
                "finding.error.duplicate");

        findings.delete(recorded.id());

        assertThat(frequency("C7")).isEqualTo(before);
        assertThat(audit.find(new AuditFilter("bantochuc", AuditAction.RECORD_DELETED, null, null), 0, 1).getFirst()
                .beforeValue()).contains("\"indicator\":\"C7\"");
    }

    @Test
    void aMemberFindingNeedsAMemberOfTheCell() {
        long otherCellsMember = jdbc.queryForObject("""
                SELECT a.member_id FROM member_assignment a JOIN unit u ON u.id = a.unit_id
                WHERE u.code = 'p-tra-an-kv2' AND a.valid_to IS NULL LIMIT 1""", Long.class);
        long ownMember = jdbc.queryForObject("""
                SELECT a.member_id FROM member_assignment a WHERE a.unit_id = ? AND a.valid_to IS NULL LIMIT 1""",
                Long.class, cell());

        expectKey(() -> findings.record(2019, cell(), otherCellsMember, "A1", MILD, REVIEW_DELEGATION, LocalDate.of(2019, 3, 3), null),
                "finding.error.member");
        findings.record(2019, cell(), ownMember, "A1", MILD, REVIEW_DELEGATION, LocalDate.of(2019, 3, 3), null);
        assertThat(findings.ofUnit(2019, cell())).anyMatch(f -> ownMember == (f.memberId() == null ? -1 : f.memberId())
                && f.memberName() != null);
    }

    @Test
    void invalidInputIsRefusedWithSpecificMessages() {
        long before = findings.ofUnit(2019, cell()).size();
        expectKey(() -> findings.record(2019, cell(), null, "Z1", MILD, REVIEW_DELEGATION, LocalDate.of(2019, 1, 5), null),
                "finding.error.indicator");
        expectKey(() -> findings.record(2019, cell(), null, "A1", null, REVIEW_DELEGATION, LocalDate.of(2019, 1, 5), null),
                "finding.error.degree");
        expectKey(() -> findings.record(2019, cell(), null, "A1", MILD, null, LocalDate.of(2019, 1, 5), null),
                "finding.error.source");
        expectKey(() -> findings.record(2019, cell(), null, "A1", MILD, REVIEW_DELEGATION, LocalDate.of(2018, 12, 31), null),
                "finding.error.date");
        assertThat(findings.ofUnit(2019, cell())).hasSize((int) before);
    }

    @Test
    @WithUserDetails("lanhdao")
    void leadershipSeesNoNamesAndCannotRecord() {
        assertThat(findings.ofUnit(2019, cell())).allMatch(f -> f.memberName() == null);
        assertThat(findings.mayEdit(cell())).isFalse();
        assertThatThrownBy(() -> findings.record(2019, cell(), null, "A1", MILD, REVIEW_DELEGATION, LocalDate.of(2019, 1, 5), null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
