package vn.binhthuy.partybuilding.indicators.ui;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.base.ui.EnumSelect;
import vn.binhthuy.partybuilding.classification.ui.CellSubject;
import vn.binhthuy.partybuilding.base.ui.DialogButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import vn.binhthuy.partybuilding.classification.MemberRatingEntry;
import vn.binhthuy.partybuilding.indicators.FindingDegree;
import vn.binhthuy.partybuilding.indicators.FindingService;
import vn.binhthuy.partybuilding.indicators.Indicator;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The dialog to record a manifestation found in a member or in the cell as a collective. */
public class FindingEditor extends Dialog {

    final Select<CellSubject> subject;
    final ComboBox<Indicator> indicator = new ComboBox<>();
    final Select<FindingDegree> degree = new Select<>();
    final Select<ShortcomingSource> source = new Select<>();
    final DatePicker foundOn = new DatePicker();
    final TextArea note = new TextArea();

    public FindingEditor(FindingService findings, int year, long unitId, List<MemberRatingEntry> members,
                  List<Indicator> catalog, Locale locale, Runnable onSaved) {
        setHeaderTitle(getTranslation("finding.add"));
        subject = CellSubject.select(members, getTranslation("finding.collective"));
        subject.setId("finding-subject");
        subject.setLabel(getTranslation("finding.subject"));
        indicator.setId("finding-indicator");
        indicator.setLabel(getTranslation("indicator.title"));
        indicator.setItems(catalog);
        indicator.setItemLabelGenerator(i -> i.label(locale));
        indicator.setWidthFull();
        EnumSelect.setUp(degree, "finding-degree", "finding.degree", FindingDegree.MILD, FindingDegree.values());
        EnumSelect.setUp(source, "finding-source", "finding.source", ShortcomingSource.SELF_REVIEW,
                ShortcomingSource.values());
        foundOn.setId("finding-date");
        foundOn.setLabel(getTranslation("finding.date"));
        foundOn.setLocale(locale);
        foundOn.setMin(LocalDate.of(year, 1, 1));
        foundOn.setMax(LocalDate.of(year, 12, 31));
        note.setId("finding-note");
        note.setLabel(getTranslation("rating.note"));
        note.setWidthFull();
        note.setMaxLength(500);
        add(subject, indicator, degree, source, foundOn, note);
        setWidth("40em");

        Button save = new Button(getTranslation("user.save"), e -> {
            try {
                findings.record(year, unitId, subject.getValue() == null ? null : subject.getValue().memberId(),
                        indicator.getValue() == null ? null : indicator.getValue().code(), degree.getValue(),
                        source.getValue(), foundOn.getValue(), note.getValue());
                Notification.show(getTranslation("finding.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                Notification.show(getTranslation(ex.messageKey(), year)).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("finding-save");
        DialogButtons.cancelAndSave(this, save);
    }
}
