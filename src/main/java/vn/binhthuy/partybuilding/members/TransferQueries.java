package vn.binhthuy.partybuilding.members;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Optional;

@Repository
class TransferQueries {

    /** The assignment open for a member on a date. */
    record Assignment(long id, long unitId, LocalDate validFrom, int version) {}

    private final JdbcClient jdbc;

    TransferQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Assignment> openAssignment(long memberId, LocalDate on) {
        return jdbc.sql("""
                        SELECT id, unit_id, valid_from, version FROM member_assignment
                        WHERE member_id = :member AND valid_from <= :on AND (valid_to IS NULL OR valid_to >= :on)
                        ORDER BY valid_from DESC LIMIT 1""")
                .param("member", memberId).param("on", on).query(Assignment.class).optional();
    }

    int close(long assignmentId, int expectedVersion, LocalDate lastDay) {
        return jdbc.sql("""
                        UPDATE member_assignment SET valid_to = :last, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", assignmentId).param("version", expectedVersion).param("last", lastDay).update();
    }

    void open(long memberId, long unitId, LocalDate from) {
        jdbc.sql("INSERT INTO member_assignment (member_id, unit_id, valid_from) VALUES (:member, :unit, :from)")
                .param("member", memberId).param("unit", unitId).param("from", from).update();
    }
}
