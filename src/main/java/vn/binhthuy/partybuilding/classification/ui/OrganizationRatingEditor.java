package vn.binhthuy.partybuilding.classification.ui;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.base.ui.DialogButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.binhthuy.partybuilding.classification.OrganizationRatingEntry;
import vn.binhthuy.partybuilding.classification.OrganizationRatingService;
import vn.binhthuy.partybuilding.classification.RatingLevel;

import java.util.List;
import java.util.Locale;

/** The dialog to enter or correct an organization's rating of the year. */
public class OrganizationRatingEditor extends Dialog {

    private final Select<String> level = new Select<>();
    private final Checkbox exemplary = new Checkbox();
    private final TextArea note = new TextArea();

    public OrganizationRatingEditor(OrganizationRatingService ratings, OrganizationRatingEntry entry, String organizationName,
                             List<RatingLevel> scale, Locale locale, Runnable onSaved) {
        setHeaderTitle(getTranslation("rating.edit.title", organizationName, entry.year()));
        level.setId("organization-level");
        level.setLabel(getTranslation("rating.level"));
        level.setItems(scale.stream().map(RatingLevel::code).toList());
        level.setItemLabelGenerator(code -> scale.stream().filter(l -> l.code().equals(code)).findFirst()
                .map(l -> l.name(locale)).orElse(code));
        level.setValue(entry.levelCode());
        exemplary.setId("organization-exemplary");
        exemplary.setLabel(getTranslation("rating.exemplary"));
        exemplary.setValue(entry.exemplary());
        exemplary.setVisible(ratings.hasExemplary(entry.year()));
        note.setId("organization-note");
        note.setLabel(getTranslation("rating.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        note.setValue(entry.note() == null ? "" : entry.note());
        add(level, exemplary, note);

        Button save = new Button(getTranslation("user.save"), e -> {
            level.setInvalid(false);
            try {
                ratings.save(entry, level.getValue(), exemplary.getValue(), note.getValue());
                Notification.show(getTranslation("rating.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                level.setErrorMessage(getTranslation(ex.messageKey(), entry.year()));
                level.setInvalid(true);
            } catch (OptimisticLockingFailureException ex) {
                Notification.show(getTranslation("rating.conflict")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("organization-rating-save");
        DialogButtons.cancelAndSave(this, save);
    }

    public Select<String> level() {
        return level;
    }

    public Checkbox exemplary() {
        return exemplary;
    }

    public TextArea note() {
        return note;
    }
}
