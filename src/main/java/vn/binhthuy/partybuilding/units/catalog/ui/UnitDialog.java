package vn.binhthuy.partybuilding.units.catalog.ui;

import com.vaadin.flow.component.button.Button;
import vn.binhthuy.partybuilding.base.ui.DialogButtons;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import vn.binhthuy.partybuilding.base.ui.Saving;
import vn.binhthuy.partybuilding.units.UnitKind;
import vn.binhthuy.partybuilding.units.catalog.CatalogUnit;
import vn.binhthuy.partybuilding.units.catalog.UnitCatalog;
import vn.binhthuy.partybuilding.units.catalog.UnitDraft;

import java.util.List;
import java.util.Locale;

/** Adds a unit under a parent or corrects one; a refused save keeps the dialog open with what was typed. */
class UnitDialog extends Dialog {

    final TextField code = new TextField();
    final Select<UnitKind> kind = new Select<>();
    final TextField name = new TextField();
    final TextField shortName = new TextField();
    final IntegerField validFrom = new IntegerField();
    final IntegerField validTo = new IntegerField();
    final IntegerField sortOrder = new IntegerField();

    private UnitDialog(String title, List<UnitKind> kinds, Locale locale) {
        setHeaderTitle(title);
        setWidth("40em");
        code.setId("unit-code");
        code.setLabel(getTranslation("unit.code"));
        code.setHelperText(getTranslation("unit.code.help"));
        code.setMaxLength(40);
        kind.setId("unit-kind");
        kind.setLabel(getTranslation("unit.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> k.name(locale));
        name.setId("unit-name");
        name.setLabel(getTranslation("unit.name"));
        name.setMaxLength(200);
        name.setWidthFull();
        shortName.setId("unit-short-name");
        shortName.setLabel(getTranslation("unit.short-name"));
        shortName.setMaxLength(100);
        validFrom.setId("unit-valid-from");
        validFrom.setLabel(getTranslation("unit.valid-from"));
        validTo.setId("unit-valid-to");
        validTo.setLabel(getTranslation("unit.valid-to"));
        validTo.setHelperText(getTranslation("unit.valid-to.help"));
        sortOrder.setId("unit-sort-order");
        sortOrder.setLabel(getTranslation("unit.sort-order"));
        Div form = new Div(code, kind, name, shortName, validFrom, validTo, sortOrder);
        form.addClassName("user-form");
        add(form);
    }

    static UnitDialog create(UnitCatalog catalog, CatalogUnit parent, List<UnitKind> kinds, Locale locale,
                             Runnable onSaved) {
        UnitDialog dialog = new UnitDialog(com.vaadin.flow.component.UI.getCurrent()
                .getTranslation("unit.add.title", parent.name()), kinds, locale);
        dialog.validFrom.setValue(catalog.suggestedFirstYear(parent));
        dialog.validTo.setValue(parent.validToYear());
        dialog.sortOrder.setValue(0);
        dialog.footer(() -> catalog.create(parent, dialog.draft()), onSaved);
        return dialog;
    }

    static UnitDialog edit(UnitCatalog catalog, CatalogUnit unit, List<UnitKind> kinds, Locale locale,
                           Runnable onSaved) {
        UnitDialog dialog = new UnitDialog(unit.name(), kinds, locale);
        dialog.code.setValue(unit.code());
        dialog.code.setReadOnly(true);
        kinds.stream().filter(k -> k.code().equals(unit.kindCode())).findFirst().ifPresent(dialog.kind::setValue);
        dialog.name.setValue(unit.name());
        dialog.shortName.setValue(unit.shortName());
        dialog.validFrom.setValue(unit.validFromYear());
        dialog.validTo.setValue(unit.validToYear());
        dialog.sortOrder.setValue(unit.sortOrder());
        dialog.footer(() -> catalog.change(unit, dialog.draft()), onSaved);
        return dialog;
    }

    private UnitDraft draft() {
        return new UnitDraft(code.getValue(), kind.getValue() == null ? null : kind.getValue().code(), name.getValue(),
                shortName.getValue(), validFrom.getValue(), validTo.getValue(), sortOrder.getValue());
    }

    private void footer(Runnable save, Runnable onSaved) {
        Button button = new Button(getTranslation("user.save"), e -> {
            if (Saving.attempt(save, "form.saved", "unit.conflict")) {
                close();
                onSaved.run();
            }
        });
        button.setId("unit-save");
        DialogButtons.cancelAndSave(this, button);
    }
}
