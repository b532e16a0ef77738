package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** The footer every form dialog has: "Hủy" (closes, changes nothing), then its primary action. */
public final class DialogButtons {

    private DialogButtons() {
    }

    /** Marks {@code save} as the primary action and puts it after a cancel button in the dialog's footer. */
    public static void cancelAndSave(Dialog dialog, Button save) {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("user.cancel"), e -> dialog.close()), save);
    }
}
