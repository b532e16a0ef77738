package vn.binhthuy.partybuilding.indicators;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The finding aggregate's @Version (a demo row at version 0 is updated in place; an outdated save is refused and
 * changes nothing), and findings and plans naming their sources with the same codes (V7). Rolled back.
 */
@SpringBootTest
@Transactional
@WithUserDetails("bantochuc")
class FindingAggregateTest {

    @Autowired FindingService findings;
    @Autowired FindingRepository findingRows;
    @Autowired JdbcClient jdbc;

    private Finding storedAtVersionZero() {
        long id = jdbc.sql("SELECT MIN(id) FROM finding WHERE finding_year = 2019 AND version = 0")
                .query(Long.class).single();
        return findingRows.findById(id).orElseThrow();
    }

    private String row(long findingId) {
        return jdbc.sql("""
                SELECT CONCAT_WS('/', finding_year, indicator_id, COALESCE(member_id, '-'), unit_id, organization_id,
                                 degree, source, found_on, COALESCE(note, '-'), subject_key, version)
                FROM finding WHERE id = :id""").param("id", findingId).query(String.class).single();
    }

    private static FindingDegree otherThan(FindingDegree degree) {
        return degree == FindingDegree.SERIOUS ? FindingDegree.MILD : FindingDegree.SERIOUS;
    }

    @Test
    void aFindingStoredAtVersionZeroIsUpdatedInPlaceWithItsSubjectKeptByTheDatabase() {
        Finding stored = storedAtVersionZero();
        String before = row(stored.id());
        long count = jdbc.sql("SELECT COUNT(*) FROM finding").query(Long.class).single();

        findings.saveImported(stored.organizationId(), List.of(stored.corrected(otherThan(stored.degree()),
                LocalDate.of(2019, 12, 1), "sửa")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM finding").query(Long.class).single()).isEqualTo(count);
        Finding updated = findingRows.findById(stored.id()).orElseThrow();
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.degree()).isEqualTo(otherThan(stored.degree()));
        assertThat(row(stored.id()).split("/")[9]).isEqualTo(before.split("/")[9]);
    }

    @Test
    void aFindingSavedFromAnOutdatedVersionIsRefusedAndChangesNothing() {
        Finding read = storedAtVersionZero();
        findings.saveImported(read.organizationId(), List.of(read.corrected(read.degree(), read.foundOn(), "first")));
        String afterFirst = row(read.id());

        assertThatThrownBy(() -> findings.saveImported(read.organizationId(),
                List.of(read.corrected(otherThan(read.degree()), read.foundOn(), "second"))))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(row(read.id())).isEqualTo(afterFirst).contains("/first/");
    }

    @Test
    void findingsAndPlansStoreTheirSourcesWithTheSameCodes() {
        List<String> codes = Arrays.stream(ShortcomingSource.values()).map(Enum::name).toList();
        assertThat(jdbc.sql("SELECT DISTINCT source FROM finding").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(codes);
        assertThat(jdbc.sql("SELECT DISTINCT source FROM remediation_plan").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(codes);
        assertThat(jdbc.sql("SELECT DISTINCT degree FROM finding").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(FindingDegree.values()).map(Enum::name).toList());
    }
}
