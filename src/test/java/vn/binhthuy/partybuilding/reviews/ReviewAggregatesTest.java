package vn.binhthuy.partybuilding.reviews;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reviews and notebook notes against the real schema; rolled back. */
@SpringBootTest
@Transactional
class ReviewAggregatesTest {

    @Autowired ReviewRepository reviews;
    @Autowired NotebookRepository notebook;
    @Autowired JdbcTemplate jdbc;

    private Map<String, Object> reviewRow(long id) {
        return jdbc.queryForMap("SELECT * FROM review_delegation WHERE id = ?", id);
    }

    private Map<String, Object> noteRow(long id) {
        return jdbc.queryForMap("SELECT * FROM notebook_entry WHERE id = ?", id);
    }

    private Review demoReview() {
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT id, organization_id FROM review_delegation WHERE version = 0 ORDER BY id LIMIT 1");
        return reviews.findByIdAndOrganizationId(((Number) row.get("id")).longValue(),
                ((Number) row.get("organization_id")).longValue()).orElseThrow();
    }

    private NotebookNote demoNote() {
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT id, organization_id FROM notebook_entry WHERE version = 0 ORDER BY id LIMIT 1");
        return notebook.findByIdAndOrganizationId(((Number) row.get("id")).longValue(),
                ((Number) row.get("organization_id")).longValue()).orElseThrow();
    }

    @Test
    void anExistingReviewAtVersionZeroIsUpdatedInPlaceAndItsSubjectKeyKept() {
        Review read = demoReview();
        long count = jdbc.queryForObject("SELECT COUNT(*) FROM review_delegation", Long.class);
        Object subjectKey = reviewRow(read.id()).get("subject_key");

        reviews.save(read.corrected(read.unitId(), ReviewParticipation.ATTENDED, read.reviewDate(), "Người chủ trì",
                null));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_delegation", Long.class)).isEqualTo(count);
        assertThat(reviewRow(read.id())).containsEntry("participation", "ATTENDED")
                .containsEntry("head_name", "Người chủ trì").containsEntry("version", 1)
                .containsEntry("subject_key", subjectKey);
    }

    @Test
    void aReviewChangedOrRemovedOnAnOutdatedReadIsRefusedAndNothingChanges() {
        Review read = demoReview();
        reviews.save(read.corrected(read.unitId(), read.participation(), read.reviewDate(), "Bản thứ nhất", null));
        Map<String, Object> afterFirst = reviewRow(read.id());

        assertThatThrownBy(() -> reviews.save(read.corrected(read.unitId(), read.participation(), read.reviewDate(),
                "Bản thứ hai", null))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> reviews.delete(read)).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(reviewRow(read.id())).isEqualTo(afterFirst);
    }

    @Test
    void aNoteChangedOrRemovedOnAnOutdatedReadIsRefusedAndNothingChanges() {
        NotebookNote read = demoNote();
        long count = jdbc.queryForObject("SELECT COUNT(*) FROM notebook_entry", Long.class);
        notebook.save(read.corrected(read.unitId(), read.entryDate(), NotebookKind.SHORTCOMING, "Bản thứ nhất"));
        Map<String, Object> afterFirst = noteRow(read.id());
        assertThat(afterFirst).containsEntry("version", 1).containsEntry("kind", "SHORTCOMING");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notebook_entry", Long.class)).isEqualTo(count);

        assertThatThrownBy(() -> notebook.save(read.corrected(read.unitId(), read.entryDate(), NotebookKind.STRENGTH,
                "Bản thứ hai"))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> notebook.delete(read)).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(noteRow(read.id())).isEqualTo(afterFirst);
    }

    @Test
    void aNoteOfAnotherOrganizationIsNotFoundThroughOwnIds() {
        NotebookNote note = demoNote();
        long otherOrganization = jdbc.queryForObject(
                "SELECT id FROM unit WHERE level = 'GRASSROOTS' AND id <> ? ORDER BY id LIMIT 1", Long.class,
                note.organizationId());

        assertThat(notebook.findByIdAndOrganizationId(note.id(), otherOrganization)).isEmpty();
    }

    @Test
    void aNewNoteIsStoredWithVersionZero() {
        NotebookNote template = demoNote();
        NotebookNote saved = notebook.save(NotebookNote.of(template.unitId(), template.organizationId(),
                LocalDate.of(2019, 2, 1), NotebookKind.STRENGTH, "Ghi chép mới", "Người ghi"));

        assertThat(noteRow(saved.id())).containsEntry("version", 0).containsEntry("kind", "STRENGTH")
                .containsEntry("recorded_by", "Người ghi");
    }
}
