package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.binhthuy.partybuilding.base.InvalidInputException;

/**
 * A save started from a form, with its outcome told in a notification. A refused save (bad input, or a record
 * someone changed since it was read) changes nothing on screen, so what the user typed stays.
 */
public final class Saving {

    private Saving() {
    }

    /**
     * Runs the save and says "saved" ({@code doneKey}); returns false after a refusal: the input's own message (with
     * its arguments, else {@code fallbackArguments}), or {@code conflictKey} for an outdated read.
     */
    public static boolean attempt(Runnable save, String doneKey, String conflictKey, Object... fallbackArguments) {
        UI ui = UI.getCurrent();
        try {
            save.run();
            Notification.show(ui.getTranslation(doneKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (InvalidInputException e) {
            Object[] arguments = e.arguments().length > 0 ? e.arguments() : fallbackArguments;
            Notification.show(ui.getTranslation(e.messageKey(), arguments))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (OptimisticLockingFailureException e) {
            Notification.show(ui.getTranslation(conflictKey)).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return false;
    }
}
