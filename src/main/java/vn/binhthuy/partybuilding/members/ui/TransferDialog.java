package vn.binhthuy.partybuilding.members.ui;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.base.ui.DialogButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.binhthuy.partybuilding.members.MemberTransfers;
import vn.binhthuy.partybuilding.units.MemberHome;

import java.util.Locale;

/** The dialog to move a member to another cell ("chuyển sinh hoạt"); a refused move keeps what was chosen. */
public class TransferDialog extends Dialog {

    final ComboBox<MemberHome> target = new ComboBox<>();
    final DatePicker on = new DatePicker();

    /** The member is named by their name, or by their code where the name is not shown. */
    public TransferDialog(MemberTransfers transfers, long memberId, String memberCode, String fullName,
                          long fromUnitId, Locale locale, Runnable onSaved) {
        setHeaderTitle(getTranslation("transfer.title", fullName == null ? memberCode : fullName));
        target.setId("transfer-target");
        target.setLabel(getTranslation("transfer.target"));
        target.setItems(transfers.destinations(fromUnitId));
        target.setItemLabelGenerator(MemberHome::label);
        target.setWidthFull();
        on.setId("transfer-date");
        on.setLabel(getTranslation("transfer.date"));
        on.setLocale(locale);
        on.setMax(transfers.lastTransferDay());
        add(target, on);
        Button save = new Button(getTranslation("user.save"), e -> {
            if (target.getValue() == null) {
                target.setErrorMessage(getTranslation("transfer.error.target"));
                target.setInvalid(true);
                return;
            }
            try {
                transfers.transfer(memberId, fromUnitId, target.getValue().id(), on.getValue());
                Notification.show(getTranslation("transfer.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                Notification.show(getTranslation(ex.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (OptimisticLockingFailureException ex) {
                Notification.show(getTranslation("rating.conflict")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("transfer-save");
        DialogButtons.cancelAndSave(this, save);
    }
}
