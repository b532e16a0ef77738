package vn.binhthuy.partybuilding.units.catalog.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.base.ui.DialogButtons;
import vn.binhthuy.partybuilding.base.ui.Saving;
import vn.binhthuy.partybuilding.units.SuccessionKind;
import vn.binhthuy.partybuilding.units.catalog.CatalogUnit;
import vn.binhthuy.partybuilding.units.catalog.ReorganizationPreview;
import vn.binhthuy.partybuilding.units.catalog.ReorganizationRequest;
import vn.binhthuy.partybuilding.units.catalog.UnitCatalog;
import vn.binhthuy.partybuilding.units.catalog.UnitReorganization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Chuyển đơn vị", "Hợp nhất" and "Giải thể cấp" on one unit: the Board fills in the year (and the new parent, or
 * the units merged with it and the merged unit's code and names), sees what will change ("Xem trước"), and only
 * then confirms. Any change to the input asks for a new preview; a refusal keeps the dialog and what was typed.
 */
class ReorganizationDialog extends Dialog {

    final IntegerField year = new IntegerField();
    final ComboBox<CatalogUnit> parent = new ComboBox<>();
    final MultiSelectComboBox<CatalogUnit> others = new MultiSelectComboBox<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField shortName = new TextField();
    final Div preview = new Div();
    final Button previewButton = new Button();
    final Button confirm = new Button();

    private final UnitReorganization reorganization;
    private final SuccessionKind kind;
    private final CatalogUnit unit;
    private final CatalogUnit unitParent;

    ReorganizationDialog(UnitReorganization reorganization, UnitCatalog catalog, SuccessionKind kind,
                         CatalogUnit unit, Runnable onDone) {
        this.reorganization = reorganization;
        this.kind = kind;
        this.unit = unit;
        this.unitParent = unit.parentId() == null ? null : catalog.unit(unit.parentId()).orElse(null);
        setHeaderTitle(getTranslation("unit.reorg." + key() + ".title", unit.name()));
        setWidth("44em");
        year.setId("reorg-year");
        year.setLabel(getTranslation("unit.reorg.year"));
        year.setValue(catalog.suggestedFirstYear(unit));
        parent.setId("reorg-parent");
        parent.setLabel(getTranslation(kind == SuccessionKind.MERGE ? "unit.reorg.merge.parent" : "unit.reorg.parent"));
        parent.setItemLabelGenerator(CatalogUnit::name);
        parent.setWidthFull();
        others.setId("reorg-others");
        others.setLabel(getTranslation("unit.reorg.others"));
        others.setItemLabelGenerator(CatalogUnit::name);
        others.setWidthFull();
        code.setId("reorg-code");
        code.setLabel(getTranslation("unit.code"));
        code.setHelperText(getTranslation("unit.reorg.code.help"));
        code.setMaxLength(40);
        name.setId("reorg-name");
        name.setLabel(getTranslation("unit.name"));
        name.setMaxLength(200);
        name.setWidthFull();
        shortName.setId("reorg-short-name");
        shortName.setLabel(getTranslation("unit.short-name"));
        shortName.setMaxLength(100);
        preview.setId("reorg-preview-text");

        Div form = new Div(new Paragraph(kind == SuccessionKind.DISSOLVE
                ? getTranslation("unit.reorg.dissolve.help", unitParent == null ? "—" : unitParent.name(), unit.name())
                : getTranslation("unit.reorg.help")), year);
        switch (kind) {
            case MOVE -> form.add(parent, code);
            case MERGE -> {
                name.setValue(unit.name());
                shortName.setValue(unit.shortName());
                form.add(others, parent, code, name, shortName);
            }
            case DISSOLVE -> { }
        }
        form.addClassName("user-form");
        add(form, preview);
        refreshParents();
        year.addValueChangeListener(e -> refreshParents());
        List.<HasValue<?, ?>>of(year, parent, others, code, name, shortName)
                .forEach(field -> field.addValueChangeListener(e -> invalidatePreview()));

        previewButton.setText(getTranslation("unit.reorg.preview"));
        previewButton.setId("reorg-preview");
        previewButton.addClickListener(e -> showPreview());
        confirm.setText(getTranslation("unit.reorg.confirm"));
        confirm.setId("reorg-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.setTooltipText(getTranslation("unit.reorg.preview.needed"));
        confirm.addClickListener(e -> {
            if (Saving.attempt(() -> reorganization.apply(request()), "unit.reorg.done", "unit.conflict")) {
                close();
                onDone.run();
            }
        });
        getFooter().add(previewButton);
        DialogButtons.cancelAndSave(this, confirm);
    }

    private String key() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The choices valid in the year typed: the new parents, and for a merge the units to merge with. */
    private void refreshParents() {
        if (kind == SuccessionKind.DISSOLVE) {
            return;
        }
        CatalogUnit chosen = kind == SuccessionKind.MERGE && parent.isEmpty() ? unitParent : parent.getValue();
        List<CatalogUnit> candidates = year.getValue() == null ? List.of()
                : (kind == SuccessionKind.MERGE ? reorganization.mergeParentsFor(unit, year.getValue())
                        : reorganization.parentsFor(unit, year.getValue())).stream()
                        .sorted(Comparator.comparing(CatalogUnit::name)).toList();
        parent.setItems(candidates);
        candidates.stream().filter(c -> chosen != null && c.id() == chosen.id()).findFirst().ifPresent(parent::setValue);
        if (kind == SuccessionKind.MERGE) {
            refreshMergeCandidates(candidates);
        } else if (year.getValue() != null && code.isEmpty()) {
            code.setPlaceholder(reorganization.suggestedCode(unit, year.getValue()));
        }
    }

    /**
     * Units of any parent can be merged (wards of two districts becoming one); those under another parent than this
     * unit's are named with it, as names repeat across districts. A choice no longer valid in the year is dropped.
     */
    private void refreshMergeCandidates(List<CatalogUnit> parents) {
        Map<Long, String> parentNames = new HashMap<>();
        parents.forEach(p -> parentNames.put(p.id(), p.name()));
        Set<Long> chosen = new HashSet<>();
        others.getSelectedItems().forEach(u -> chosen.add(u.id()));
        List<CatalogUnit> candidates = year.getValue() == null ? List.of()
                : reorganization.mergeCandidatesFor(unit, year.getValue());
        others.setItemLabelGenerator(u -> Objects.equals(u.parentId(), unit.parentId())
                || u.parentId() == null ? u.name()
                : getTranslation("unit.reorg.merge.under", u.name(), parentNames.getOrDefault(u.parentId(), "—")));
        others.setItems(candidates);
        others.setValue(candidates.stream().filter(u -> chosen.contains(u.id()))
                .collect(Collectors.toSet()));
    }

    ReorganizationRequest request() {
        List<CatalogUnit> units = new ArrayList<>();
        units.add(unit);
        if (kind == SuccessionKind.MERGE) {
            others.getSelectedItems().stream().sorted(Comparator.comparing(CatalogUnit::sortOrder)
                    .thenComparing(CatalogUnit::name)).forEach(units::add);
        }
        Long parentId = switch (kind) {
            case MOVE -> parent.getValue() == null ? null : parent.getValue().id();
            case MERGE -> parent.getValue() == null ? null : parent.getValue().id();
            case DISSOLVE -> null;
        };
        return new ReorganizationRequest(kind, units, parentId, year.getValue(), code.getValue(),
                kind == SuccessionKind.MERGE ? name.getValue() : null,
                kind == SuccessionKind.MERGE ? shortName.getValue() : null);
    }

    private void invalidatePreview() {
        preview.removeAll();
        confirm.setEnabled(false);
    }

    private void showPreview() {
        invalidatePreview();
        UI ui = UI.getCurrent();
        try {
            ReorganizationPreview shown = reorganization.preview(request());
            UnorderedList lines = new UnorderedList();
            shown.ending().forEach(u -> lines.add(new ListItem(getTranslation("unit.reorg.preview.ending",
                    shown.fromYear() - 1, u.name() + " (" + u.code() + ")"))));
            shown.successors().forEach(s -> lines.add(new ListItem(getTranslation("unit.reorg.preview.created",
                    shown.fromYear(), s.name(), s.code(), s.parentName(), String.join(", ", s.predecessorNames())))));
            lines.add(new ListItem(getTranslation("unit.reorg.preview.members", shown.fromYear(),
                    Formats.number(shown.members(), ui.getLocale()))));
            if (!shown.accountsOnEndingUnits().isEmpty()) {
                ListItem accounts = new ListItem(getTranslation("unit.reorg.preview.accounts",
                        String.join(", ", shown.accountsOnEndingUnits()), shown.fromYear() - 1));
                accounts.setId("reorg-preview-accounts");
                lines.add(accounts);
            }
            preview.add(lines, new Paragraph(getTranslation("unit.reorg.preview.history", shown.fromYear())));
            confirm.setEnabled(true);
        } catch (InvalidInputException e) {
            Notification.show(getTranslation(e.messageKey(), e.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (OptimisticLockingFailureException e) {
            Notification.show(getTranslation("unit.conflict")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
