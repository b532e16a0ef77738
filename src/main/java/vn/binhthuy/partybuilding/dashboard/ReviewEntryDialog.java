package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.binhthuy.partybuilding.reviews.ReviewEntries;
import vn.binhthuy.partybuilding.units.Unit;

import java.util.List;
import java.util.Locale;

/** A dialog to add a notebook entry or a review delegation for the organization or one of its cells. */
class ReviewEntryDialog extends Dialog {

    final Select<Unit> unit = new Select<>();
    final DatePicker date = new DatePicker();
    final Select<String> kind = new Select<>();
    final TextArea text = new TextArea();
    final TextField head = new TextField();

    private ReviewEntryDialog(String title, List<Unit> units, Locale locale) {
        setHeaderTitle(title);
        setWidth("36em");
        unit.setId("entry-unit");
        unit.setLabel(getTranslation("notebook.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(Unit::name);
        unit.setValue(units.getFirst());
        date.setId("entry-date");
        date.setLabel(getTranslation("notebook.date"));
        date.setLocale(locale);
        text.setId("entry-text");
        text.setWidthFull();
        head.setId("entry-head");
    }

    static ReviewEntryDialog notebook(ReviewEntries entries, long organizationId, List<Unit> units, Locale locale,
                                      Runnable onSaved) {
        ReviewEntryDialog dialog = new ReviewEntryDialog(dialogText("entry.notebook.add"), units, locale);
        dialog.kind.setId("entry-kind");
        dialog.kind.setLabel(dialog.getTranslation("notebook.kind"));
        dialog.kind.setItems("STRENGTH", "SHORTCOMING");
        dialog.kind.setItemLabelGenerator(k -> dialog.getTranslation("STRENGTH".equals(k) ? "notebook.strength"
                : "notebook.shortcoming"));
        dialog.kind.setValue("STRENGTH");
        dialog.text.setLabel(dialog.getTranslation("notebook.content"));
        dialog.text.setMaxLength(2000);
        dialog.add(dialog.unit, dialog.date, dialog.kind, dialog.text);
        dialog.footer(() -> entries.addNotebookEntry(organizationId, dialog.unit.getValue().id(), dialog.date.getValue(),
                dialog.kind.getValue(), dialog.text.getValue()), onSaved, 0);
        return dialog;
    }

    static ReviewEntryDialog delegation(ReviewEntries entries, long organizationId, int year, List<Unit> units,
                                        Locale locale, Runnable onSaved) {
        ReviewEntryDialog dialog = new ReviewEntryDialog(dialogText("entry.review.add"), units, locale);
        dialog.kind.setId("entry-participation");
        dialog.kind.setLabel(dialog.getTranslation("review.participation"));
        dialog.kind.setItems("LED", "ATTENDED");
        dialog.kind.setItemLabelGenerator(p -> dialog.getTranslation("LED".equals(p) ? "review.led" : "review.attended"));
        dialog.kind.setValue("LED");
        dialog.head.setLabel(dialog.getTranslation("review.head"));
        dialog.text.setLabel(dialog.getTranslation("rating.note"));
        dialog.add(dialog.unit, dialog.kind, dialog.date, dialog.head, dialog.text);
        dialog.footer(() -> entries.addDelegation(organizationId, dialog.unit.getValue().id(), year, dialog.kind.getValue(),
                dialog.date.getValue(), dialog.head.getValue(), dialog.text.getValue()), onSaved, year);
        return dialog;
    }

    private static String dialogText(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }

    private void footer(Runnable save, Runnable onSaved, int year) {
        Button button = new Button(getTranslation("user.save"), e -> {
            try {
                save.run();
                Notification.show(getTranslation("plan.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                Notification.show(getTranslation(ex.messageKey(), year)).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        button.setId("entry-save");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("user.cancel"), e -> close()), button);
    }
}
