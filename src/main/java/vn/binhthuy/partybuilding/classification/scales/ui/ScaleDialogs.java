package vn.binhthuy.partybuilding.classification.scales.ui;

import com.vaadin.flow.component.Component;
import vn.binhthuy.partybuilding.base.ui.DialogButtons;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import vn.binhthuy.partybuilding.base.ui.Saving;
import vn.binhthuy.partybuilding.classification.scales.RatingScales;
import vn.binhthuy.partybuilding.classification.scales.RatingScheme;
import vn.binhthuy.partybuilding.classification.scales.SchemeLevel;

/** The three editors of the scale catalog; a refused save keeps the dialog open with what was typed. */
final class ScaleDialogs {

    private ScaleDialogs() {
    }

    static Dialog level(RatingScales scales, SchemeLevel level, Runnable onSaved) {
        TextField vi = field("level-name-vi", "catalog.title-vi", level.nameVi(), 120);
        TextField en = field("level-name-en", "catalog.title-en", level.nameEn(), 120);
        TextField color = field("level-color", "scale.color", level.color(), 7);
        color.setHelperText(t("scale.color.help"));
        Checkbox good = new Checkbox(t("scale.good"), level.countsAsGood());
        good.setId("level-good");
        return dialog(level.code() + " · " + level.nameVi(), onSaved,
                () -> scales.changeLevel(level, vi.getValue(), en.getValue(), color.getValue(), good.getValue()),
                vi, en, color, good);
    }

    static Dialog scheme(RatingScales scales, RatingScheme scheme, Runnable onSaved) {
        TextField regulation = field("scheme-regulation", "scale.regulation", scheme.regulation(), 120);
        IntegerField to = new IntegerField(t("unit.valid-to"));
        to.setId("scheme-valid-to");
        to.setValue(scheme.validToYear());
        to.setHelperText(t("unit.valid-to.help"));
        to.setReadOnly(!scales.isLatest(scheme));
        IntegerField cap = new IntegerField(t("scale.cap"));
        cap.setId("scheme-cap");
        cap.setValue(scheme.excellentCapPercent());
        cap.setHelperText(t("scale.cap.help"));
        return dialog(scheme.regulation(), onSaved,
                () -> scales.changeScheme(scheme, regulation.getValue(), to.getValue(), cap.getValue()),
                regulation, to, cap);
    }

    static Dialog successor(RatingScales scales, RatingScheme latest, Runnable onSaved) {
        TextField code = field("successor-code", "unit.code", "", 40);
        TextField regulation = field("successor-regulation", "scale.regulation", "", 120);
        IntegerField from = new IntegerField(t("unit.valid-from"));
        from.setId("successor-from");
        return dialog(t("scale.new.title", t("scale.subject." + latest.subject().name())), onSaved,
                () -> scales.startNewScheme(latest, code.getValue(), regulation.getValue(), from.getValue()),
                code, regulation, from);
    }

    private static TextField field(String id, String labelKey, String value, int maxLength) {
        TextField field = new TextField(t(labelKey));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setMaxLength(maxLength);
        field.setWidthFull();
        return field;
    }

    private static Dialog dialog(String title, Runnable onSaved, Runnable save, Component... fields) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setWidth("36em");
        Div form = new Div(fields);
        form.addClassName("user-form");
        dialog.add(form);
        Button button = new Button(t("user.save"), e -> {
            if (Saving.attempt(save, "form.saved", "scale.conflict")) {
                dialog.close();
                onSaved.run();
            }
        });
        button.setId("scale-save");
        DialogButtons.cancelAndSave(dialog, button);
        return dialog;
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
