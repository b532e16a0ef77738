package vn.binhthuy.partybuilding.classification.ui;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.base.ui.DialogButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.binhthuy.partybuilding.classification.MemberRatingEntry;
import vn.binhthuy.partybuilding.classification.MemberRatingService;
import vn.binhthuy.partybuilding.classification.RatingLevel;

import java.util.List;
import java.util.Locale;

/**
 * The dialog to enter or correct one member's rating. Invalid input is marked on its field; a save refused because
 * someone else changed the rating keeps what the user typed on screen.
 */
public class MemberRatingEditor extends Dialog {

    /** What the form edits. */
    static final class Form {
        private String level;
        private String note;

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    private final Select<String> level = new Select<>();
    private final TextArea note = new TextArea();
    private final Binder<Form> binder = new Binder<>(Form.class);

    public MemberRatingEditor(MemberRatingService ratings, int year, MemberRatingEntry entry, List<RatingLevel> scale,
                       Locale locale, Runnable onSaved) {
        setHeaderTitle(getTranslation("rating.edit.title", entry.fullName() == null ? entry.memberCode()
                : entry.fullName(), year));
        level.setId("rating-level");
        level.setLabel(getTranslation("rating.level"));
        level.setItems(scale.stream().map(RatingLevel::code).toList());
        level.setItemLabelGenerator(code -> scale.stream().filter(l -> l.code().equals(code)).findFirst()
                .map(l -> l.name(locale)).orElse(code));
        note.setId("rating-note");
        note.setLabel(getTranslation("rating.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        binder.forField(level).asRequired(getTranslation("rating.error.level-required"))
                .bind(Form::getLevel, Form::setLevel);
        binder.forField(note).withValidator(new StringLengthValidator(getTranslation("rating.error.note-too-long"), 0, 500))
                .bind(Form::getNote, Form::setNote);
        Form form = new Form();
        form.setLevel(entry.levelCode());
        form.setNote(entry.note() == null ? "" : entry.note());
        binder.readBean(form);
        add(new Paragraph(getTranslation("rating.edit.member", entry.memberCode())), level, note);

        Button save = new Button(getTranslation("user.save"), e -> {
            Form edited = new Form();
            if (!binder.writeBeanIfValid(edited)) {
                return;
            }
            try {
                ratings.save(year, entry, edited.getLevel(), edited.getNote());
                Notification.show(getTranslation("rating.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                level.setErrorMessage(getTranslation(ex.messageKey(), year));
                level.setInvalid(true);
            } catch (OptimisticLockingFailureException ex) {
                Notification.show(getTranslation("rating.conflict")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("rating-save");
        DialogButtons.cancelAndSave(this, save);
    }

    Select<String> level() {
        return level;
    }

    TextArea note() {
        return note;
    }
}
