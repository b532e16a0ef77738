package vn.binhthuy.partybuilding.backup.ui;

import com.vaadin.flow.component.UI;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.binhthuy.partybuilding.backup.BackupFile;
import vn.binhthuy.partybuilding.backup.BackupInProgressException;
import vn.binhthuy.partybuilding.backup.BackupProperties;
import vn.binhthuy.partybuilding.backup.BackupService;
import vn.binhthuy.partybuilding.base.ui.BackgroundWork;

import java.text.NumberFormat;

/**
 * The administrator's backups: where they are, the schedule, the list, and "back up now". The files stay on the
 * server: a backup holds every member's data, which the administrator role does not read.
 */
@Route("admin/backups")
@RolesAllowed("ADMIN")
@Menu(title = "nav.backups", order = 12, icon = "vaadin:database")
public class BackupView extends Div implements HasDynamicTitle {

    private final BackupService backups;
    private final BackgroundWork background;
    private final Grid<BackupFile> grid = new Grid<>();
    private final Button backupNow = new Button();

    public BackupView(BackupService backups, BackupProperties properties, BackgroundWork background) {
        this.backups = backups;
        this.background = background;
        addClassName("dashboard");
        Paragraph where = new Paragraph(getTranslation("backup.folder", backups.folder().toString()));
        where.setId("backup-folder");
        Paragraph schedule = new Paragraph(properties.scheduled()
                ? getTranslation("backup.schedule", properties.cron(), properties.keep())
                : getTranslation("backup.schedule.off"));
        schedule.setId("backup-schedule");
        Paragraph restore = new Paragraph(getTranslation("backup.restore-hint"));

        backupNow.setId("backup-now");
        backupNow.setText(getTranslation("backup.now"));
        backupNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backupNow.addClickListener(click -> startBackup());

        grid.setId("backup-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(BackupFile::name).setHeader(getTranslation("backup.file")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(b -> Formats.dateTime(b.createdAt())).setHeader(getTranslation("backup.time")).setAutoWidth(true);
        grid.addColumn(b -> size(b.sizeBytes())).setHeader(getTranslation("backup.size")).setAutoWidth(true);
        grid.addComponentColumn(this::deleteButton).setKey("delete").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        refresh();
        add(new H2(getTranslation("backup.title")), where, schedule, new Div(backupNow), grid, restore);
    }

    private void startBackup() {
        backupNow.setEnabled(false);
        backupNow.setText(getTranslation("backup.running"));
        background.run(UI.getCurrent(), backups::create, (backup, failure) -> {
            backupNow.setEnabled(true);
            backupNow.setText(getTranslation("backup.now"));
            if (failure == null) {
                Notification.show(getTranslation("backup.done", backup.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                boolean busy = failure instanceof BackupInProgressException;
                Notification.show(getTranslation(busy ? "backup.busy" : "backup.failed"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
    }

    private Button deleteButton(BackupFile backup) {
        Button delete = new Button(getTranslation("backup.delete"), click -> confirmDelete(backup));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setId("backup-delete-" + backup.name());
        delete.getElement().setAttribute("aria-label", getTranslation("backup.delete.label", backup.name()));
        return delete;
    }

    private void confirmDelete(BackupFile backup) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("backup.delete.title"),
                getTranslation("backup.delete.text", backup.name()), getTranslation("backup.delete"), e -> {
                    try {
                        backups.delete(backup.name());
                        Notification.show(getTranslation("backup.deleted", backup.name()))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } catch (BackupInProgressException busy) {
                        Notification.show(getTranslation("backup.busy")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("user.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        grid.setItems(backups.list());
    }

    private String size(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return bytes >= 1 << 20 ? format.format(bytes / 1048576.0) + " MB" : format.format(bytes / 1024.0) + " KB";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.title");
    }
}
