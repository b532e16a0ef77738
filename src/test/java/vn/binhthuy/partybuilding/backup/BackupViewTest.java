package vn.binhthuy.partybuilding.backup;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupViewTest extends KaribuTest {

    @Autowired BackupService backups;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

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
    void theAdministratorDeletesABackupAfterConfirmingAndItIsAudited() {
        BackupFile backup = backups.create();
        login("quantri");
        UI.getCurrent().navigate(BackupView.class);

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("backup-grid"));
        assertThat(GridKt._get(grid, 0)).isEqualTo(backup);
        Button delete = (Button) GridKt._getCellComponent(grid, 0, "delete");
        assertThat(delete.getId()).contains("backup-delete-" + backup.name());
        _click(delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(backup.path()).exists();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(backup.path()).doesNotExist();
        NotificationsKt.expectNotifications("Đã xóa bản sao lưu " + backup.name() + ".");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'BACKUP_DELETED' AND entity_id = ?",
                Integer.class, backup.name())).isEqualTo(1);
    }

    @Test
    void onlyABackupsNameInTheBackupFolderCanBeDeleted() {
        assertThatThrownBy(() -> backups.delete("../credentials.properties")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backups.delete("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
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
