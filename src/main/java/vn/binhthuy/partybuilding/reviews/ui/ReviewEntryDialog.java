package vn.binhthuy.partybuilding.reviews.ui;

import com.vaadin.flow.component.UI;
import vn.binhthuy.partybuilding.base.ui.DialogButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.base.ui.Saving;
import vn.binhthuy.partybuilding.classification.MemberRatingEntry;
import vn.binhthuy.partybuilding.reviews.NotebookEntry;
import vn.binhthuy.partybuilding.reviews.NotebookKind;
import vn.binhthuy.partybuilding.reviews.ReviewDelegation;
import vn.binhthuy.partybuilding.reviews.ReviewEntries;
import vn.binhthuy.partybuilding.reviews.ReviewParticipation;
import vn.binhthuy.partybuilding.units.Unit;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A dialog to add, correct or remove a notebook entry or a review delegation of the organization or one of its
 * cells. A refused save keeps what was typed; a save or removal based on an outdated read is refused.
 */
public class ReviewEntryDialog extends Dialog {

    final Select<Unit> unit = new Select<>();
    final DatePicker date = new DatePicker();
    final Select<NotebookKind> kind = new Select<>();
    final Select<ReviewParticipation> participation = new Select<>();
    final TextArea text = new TextArea();
    final TextField head = new TextField();
    final Select<Boolean> individual = new Select<>();
    final ComboBox<MemberRatingEntry> member = new ComboBox<>();

    private ReviewEntryDialog(String titleKey, List<Unit> units, Locale locale) {
        setHeaderTitle(UI.getCurrent().getTranslation(titleKey));
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

    /** A new notebook entry (existing = null) or the correction of one. */
    public static ReviewEntryDialog notebook(ReviewEntries entries, long organizationId, List<Unit> units, Locale locale,
                                      NotebookEntry existing, Runnable onSaved) {
        ReviewEntryDialog dialog = new ReviewEntryDialog(existing == null ? "entry.notebook.add" : "entry.notebook.edit",
                units, locale);
        dialog.kind.setId("entry-kind");
        dialog.kind.setLabel(dialog.getTranslation("notebook.kind"));
        dialog.kind.setItems(NotebookKind.values());
        dialog.kind.setItemLabelGenerator(k -> dialog.getTranslation(k == NotebookKind.STRENGTH ? "notebook.strength"
                : "notebook.shortcoming"));
        dialog.kind.setValue(NotebookKind.STRENGTH);
        dialog.text.setLabel(dialog.getTranslation("notebook.content"));
        dialog.text.setMaxLength(2000);
        dialog.add(dialog.unit, dialog.date, dialog.kind, dialog.text);
        if (existing == null) {
            dialog.footer(() -> entries.addNotebookEntry(organizationId, dialog.unit.getValue().id(),
                    dialog.date.getValue(), dialog.kind.getValue(), dialog.text.getValue()), null, onSaved, 0);
        } else {
            dialog.select(units, existing.unitId());
            dialog.date.setValue(existing.entryDate());
            dialog.kind.setValue(existing.kind());
            dialog.text.setValue(existing.content());
            dialog.footer(() -> entries.changeNotebookEntry(organizationId, existing, dialog.unit.getValue().id(),
                            dialog.date.getValue(), dialog.kind.getValue(), dialog.text.getValue()),
                    () -> entries.removeNotebookEntry(organizationId, existing), onSaved, 0);
        }
        return dialog;
    }

    /**
     * A new review delegation (existing = null) — of a unit as a collective, or of one of its members — or the
     * correction of one; an individual review keeps its member and unit.
     */
    public static ReviewEntryDialog delegation(ReviewEntries entries, long organizationId, int year, List<Unit> units,
                                        Function<Unit, List<MemberRatingEntry>> membersOf, Locale locale,
                                        ReviewDelegation existing, Runnable onSaved) {
        ReviewEntryDialog dialog = new ReviewEntryDialog(existing == null ? "entry.review.add" : "entry.review.edit",
                units, locale);
        dialog.participation.setId("entry-participation");
        dialog.participation.setLabel(dialog.getTranslation("review.participation"));
        dialog.participation.setItems(ReviewParticipation.values());
        dialog.participation.setItemLabelGenerator(p -> dialog.getTranslation(p == ReviewParticipation.LED
                ? "review.led" : "review.attended"));
        dialog.participation.setValue(ReviewParticipation.LED);
        dialog.head.setLabel(dialog.getTranslation("review.head"));
        dialog.head.setMaxLength(160);
        dialog.text.setLabel(dialog.getTranslation("rating.note"));
        dialog.text.setMaxLength(1000);
        if (existing == null) {
            dialog.subjectChoice(membersOf);
            dialog.add(dialog.unit, dialog.individual, dialog.member, dialog.participation, dialog.date, dialog.head,
                    dialog.text);
            dialog.footer(() -> {
                if (dialog.individual.getValue() && dialog.member.getValue() == null) {
                    throw new InvalidInputException("entry.error.member-required");
                }
                entries.addDelegation(organizationId, dialog.unit.getValue().id(), year,
                        dialog.individual.getValue() ? dialog.member.getValue().memberId() : null,
                        dialog.participation.getValue(), dialog.date.getValue(), dialog.head.getValue(),
                        dialog.text.getValue());
            }, null, onSaved, year);
        } else {
            dialog.add(dialog.unit, dialog.participation, dialog.date, dialog.head, dialog.text);
            dialog.select(units, existing.unitId());
            dialog.unit.setReadOnly(existing.individual());
            dialog.participation.setValue(existing.participation());
            dialog.date.setValue(existing.reviewDate());
            dialog.head.setValue(existing.headName());
            dialog.text.setValue(existing.note() == null ? "" : existing.note());
            dialog.footer(() -> entries.changeDelegation(organizationId, existing, dialog.unit.getValue().id(),
                            dialog.participation.getValue(), dialog.date.getValue(), dialog.head.getValue(),
                            dialog.text.getValue()),
                    () -> entries.removeDelegation(organizationId, existing), onSaved, existing.year());
        }
        return dialog;
    }

    /** Collective or individual review; the member list follows the chosen unit. */
    private void subjectChoice(Function<Unit, List<MemberRatingEntry>> membersOf) {
        individual.setId("entry-individual");
        individual.setLabel(getTranslation("review.subject"));
        individual.setItems(false, true);
        individual.setItemLabelGenerator(i -> getTranslation(i ? "plan.owner.individual" : "plan.owner.collective"));
        individual.setValue(false);
        member.setId("entry-member");
        member.setLabel(getTranslation("entry.member"));
        member.setItemLabelGenerator(m -> m.fullName() == null ? m.memberCode() : m.memberCode() + " · " + m.fullName());
        member.setWidthFull();
        member.setVisible(false);
        individual.addValueChangeListener(e -> member.setVisible(e.getValue()));
        Runnable loadMembers = () -> {
            member.clear();
            member.setItems(unit.getValue() == null ? List.of() : membersOf.apply(unit.getValue()));
        };
        unit.addValueChangeListener(e -> loadMembers.run());
        loadMembers.run();
    }

    private void select(List<Unit> units, long unitId) {
        units.stream().filter(u -> u.id() == unitId).findFirst().ifPresent(unit::setValue);
    }

    private void footer(Runnable save, Runnable remove, Runnable onSaved, int year) {
        Button button = new Button(getTranslation("user.save"), e -> run(save, "form.saved", onSaved, year));
        button.setId("entry-save");
        if (remove != null) {
            Button delete = new Button(getTranslation("entry.delete"), e -> confirmRemoval(remove, onSaved, year));
            delete.setId("entry-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(delete);
        }
        DialogButtons.cancelAndSave(this, button);
    }

    private void confirmRemoval(Runnable remove, Runnable onSaved, int year) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("entry.delete.title"),
                getTranslation("entry.delete.text"), getTranslation("entry.delete"),
                e -> run(remove, "entry.deleted", onSaved, year));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("user.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("entry-delete-confirm");
        confirm.open();
    }

    private void run(Runnable action, String doneKey, Runnable onSaved, int year) {
        if (Saving.attempt(action, doneKey, "entry.conflict", year)) {
            close();
            onSaved.run();
        }
    }
}
