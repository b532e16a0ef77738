package vn.binhthuy.partybuilding.backup;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.backup.ui.BackupView;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class BackupViewTest extends KaribuTest {

    @Autowired BackupService backups;

    @Test
    void theAdministratorBacksUpNowAndSeesTheNewFile() throws Exception {
        login("quantri");
        int before = backups.list().size();
        UI.getCurrent().navigate(BackupView.class);

        Button now = _get(Button.class, spec -> spec.withId("backup-now"));
        _click(now);
        assertThat(now.isEnabled()).as("no second click while writing").isFalse();

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (backups.list().size() == before && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        while (backups.isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(200);
        MockVaadin.clientRoundtrip(false);

        BackupFile newest = backups.list().getFirst();
        NotificationsKt.expectNotifications("Đã ghi bản sao lưu " + newest.name() + ".");
        assertThat(GridKt._get(_get(Grid.class, spec -> spec.withId("backup-grid")), 0)).isEqualTo(newest);
        assertThat(now.isEnabled()).isTrue();
    }

    @Test
    void onlyTheAdministratorOpensIt() {
        for (String user : new String[]{"bantochuc", "lanhdao", "bithu.longtuyen"}) {
            login(user);
            UI.getCurrent().navigate("admin/backups");
            _assertNone(BackupView.class);
        }
    }
}
