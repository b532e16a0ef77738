package vn.binhthuy.partybuilding.remediation.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Locale;

/** The fields of a plan that the new-plan dialog and the plan's revision share, set up alike in both. */
final class PlanFields {

    private PlanFields() {
    }

    /** The plan's title (at most 300 characters) and its shortcomings, both across the dialog. */
    static void wording(TextField title, String titleId, TextArea shortcomings, String shortcomingsId) {
        title.setId(titleId);
        title.setLabel(title.getTranslation("plan.title"));
        title.setMaxLength(300);
        title.setWidthFull();
        shortcomings.setId(shortcomingsId);
        shortcomings.setLabel(shortcomings.getTranslation("plan.shortcomings"));
        shortcomings.setWidthFull();
    }

    /** The deadline, written the user's way. */
    static void deadline(DatePicker deadline, String id, Locale locale) {
        deadline.setId(id);
        deadline.setLabel(deadline.getTranslation("plan.deadline"));
        deadline.setLocale(locale);
    }
}
