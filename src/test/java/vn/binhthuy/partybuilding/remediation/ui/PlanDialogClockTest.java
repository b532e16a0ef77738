package vn.binhthuy.partybuilding.remediation.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.remediation.PlanUpdates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan dialog's "today" is the application's clock, not the machine's. */
class PlanDialogClockTest extends KaribuTest {

    @Autowired PlanUpdates updates;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aProgressReportCannotBeDatedAfterTheClocksToday() {
        login("bantochuc");
        long id = jdbc.queryForObject("""
                SELECT id FROM remediation_plan WHERE status = 'IN_PROGRESS' ORDER BY id LIMIT 1""", Long.class);
        LocalDate today = LocalDate.of(2019, 6, 30);
        Clock clock = Clock.fixed(today.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh"));

        PlanDialog dialog = new PlanEditors(updates, clock).plan(id, Locale.of("vi", "VN"), () -> {});

        assertThat(dialog.progressDate.getMax()).isEqualTo(today);
    }
}
