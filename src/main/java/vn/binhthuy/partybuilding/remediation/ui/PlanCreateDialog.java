package vn.binhthuy.partybuilding.remediation.ui;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.base.ui.EnumSelect;
import vn.binhthuy.partybuilding.classification.ui.CellSubject;
import vn.binhthuy.partybuilding.base.ui.DialogButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.binhthuy.partybuilding.classification.MemberRatingEntry;
import vn.binhthuy.partybuilding.indicators.Indicator;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;
import vn.binhthuy.partybuilding.remediation.PlanUpdates;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The dialog to make a remediation plan for the cell as a collective or for one of its members. */
public class PlanCreateDialog extends Dialog {

    final Select<CellSubject> owner;
    final Select<ShortcomingSource> source = new Select<>();
    final TextField title = new TextField();
    final TextArea shortcomings = new TextArea();
    final MultiSelectComboBox<Indicator> indicators = new MultiSelectComboBox<>();
    final DatePicker deadline = new DatePicker();
    final TextField responsible = new TextField();

    PlanCreateDialog(PlanUpdates plans, int year, long unitId, List<MemberRatingEntry> members, List<Indicator> catalog,
                     Locale locale, Runnable onSaved) {
        setHeaderTitle(getTranslation("plan.create"));
        setWidth("44em");
        owner = CellSubject.select(members, getTranslation("finding.collective"));
        owner.setId("plan-owner");
        owner.setLabel(getTranslation("plan.owner"));
        EnumSelect.setUp(source, "plan-source", "plan.source", ShortcomingSource.SELF_REVIEW,
                ShortcomingSource.values());
        PlanFields.wording(title, "plan-title-field", shortcomings, "plan-shortcomings");
        indicators.setId("plan-indicators");
        indicators.setLabel(getTranslation("plan.indicators"));
        indicators.setItems(catalog);
        indicators.setItemLabelGenerator(i -> i.label(locale));
        indicators.setWidthFull();
        PlanFields.deadline(deadline, "plan-deadline", locale);
        responsible.setId("plan-responsible");
        responsible.setLabel(getTranslation("plan.responsible"));
        add(owner, source, title, shortcomings, indicators, deadline, responsible);

        Button save = new Button(getTranslation("user.save"), e -> {
            try {
                long id = plans.create(new PlanUpdates.NewPlan(year, unitId, owner.getValue().memberId(),
                        source.getValue(), title.getValue(), shortcomings.getValue(), responsible.getValue(),
                        deadline.getValue(), indicators.getSelectedItems().stream()
                        .sorted(Comparator.comparingInt(Indicator::sortOrder)).map(Indicator::code).toList()));
                Notification.show(getTranslation("plan.created", id)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                Notification.show(getTranslation(ex.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("plan-create-save");
        DialogButtons.cancelAndSave(this, save);
    }
}
