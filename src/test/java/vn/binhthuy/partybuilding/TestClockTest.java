package vn.binhthuy.partybuilding;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's clock in tests: a fixed day in Việt Nam, whatever the machine's date, that still runs. */
@ApplicationTest
class TestClockTest {

    @Autowired Clock clock;

    @Test
    void todayIsTheFixedDayInVietNam() {
        assertThat(clock).isSameAs(TestClock.CLOCK);
        assertThat(clock.getZone()).isEqualTo(TestClock.ZONE);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(LocalDateTime.now(clock)).isAfterOrEqualTo(LocalDateTime.of(2026, 6, 15, 9, 0));
    }

    @Test
    void timeStillPasses() throws InterruptedException {
        var before = clock.instant();
        Thread.sleep(20);
        assertThat(clock.instant()).isAfter(before);
    }
}
