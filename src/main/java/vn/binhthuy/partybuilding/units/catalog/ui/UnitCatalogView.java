package vn.binhthuy.partybuilding.units.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.binhthuy.partybuilding.security.Role;
import vn.binhthuy.partybuilding.units.SuccessionKind;
import vn.binhthuy.partybuilding.units.UnitKind;
import vn.binhthuy.partybuilding.units.UnitLevel;
import vn.binhthuy.partybuilding.units.catalog.CatalogUnit;
import vn.binhthuy.partybuilding.units.catalog.UnitCatalog;
import vn.binhthuy.partybuilding.units.catalog.UnitReorganization;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Organization Board's catalog of units: the hierarchy over all years, loaded one level at a time as it is
 * expanded; a row opens its editor, "Thêm đơn vị trực thuộc" adds an organization under the district or a cell
 * under the selected organization; "Chuyển đơn vị", "Hợp nhất" and "Giải thể cấp" reorganize the selected unit from
 * a year, after a preview.
 */
@Route("catalog/units")
@RolesAllowed(Role.Names.ORG_BOARD)
@Menu(title = "nav.units", order = 5.1, icon = "vaadin:sitemap")
public class UnitCatalogView extends Div implements HasDynamicTitle {

    private final UnitCatalog catalog;
    private final TreeGrid<CatalogUnit> grid = new TreeGrid<>();
    private final Button addChild = new Button();
    private final Button move = new Button();
    private final Button merge = new Button();
    private final Button dissolve = new Button();
    private final UnitReorganization reorganization;
    private final Map<String, UnitKind> kinds;

    public UnitCatalogView(UnitCatalog catalog, UnitReorganization reorganization) {
        this.catalog = catalog;
        this.reorganization = reorganization;
        this.kinds = Stream.of(UnitLevel.values()).flatMap(l -> catalog.kindsFor(l).stream())
                .collect(Collectors.toMap(UnitKind::code, Function.identity()));
        addClassName("dashboard");
        grid.setId("unit-tree");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addHierarchyColumn(CatalogUnit::name).setHeader(getTranslation("unit.name")).setFlexGrow(4)
                .setTooltipGenerator(CatalogUnit::name);
        grid.addColumn(CatalogUnit::shortName).setHeader(getTranslation("unit.short-name")).setAutoWidth(true);
        grid.addColumn(CatalogUnit::code).setHeader(getTranslation("unit.code")).setAutoWidth(true);
        grid.addColumn(u -> kindName(u.kindCode())).setHeader(getTranslation("unit.kind")).setAutoWidth(true);
        grid.addColumn(this::years).setHeader(getTranslation("unit.years")).setAutoWidth(true);
        // an explicit button: a click on the name toggles the branch, so a row click cannot also mean "edit"
        grid.addComponentColumn(unit -> {
            Button edit = new Button(getTranslation("member.correct"), e -> open(UnitDialog.edit(catalog, unit,
                    catalog.kindsFor(unit.level()), getLocale(), this::refresh)));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setId("unit-edit-" + unit.code());
            return edit;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setDataProvider(new Levels());
        grid.setHeight("640px");
        grid.asSingleSelect().addValueChangeListener(e -> updateAddChild());
        addChild.setId("unit-add-child");
        addChild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addChild.addClickListener(e -> {
            CatalogUnit parent = parentForNewUnit();
            UnitLevel level = UnitCatalog.childLevel(parent);
            open(UnitDialog.create(catalog, parent, catalog.kindsFor(level), getLocale(), this::refresh));
        });
        reorganizeButton(move, "unit-move", SuccessionKind.MOVE);
        reorganizeButton(merge, "unit-merge", SuccessionKind.MERGE);
        reorganizeButton(dissolve, "unit-dissolve", SuccessionKind.DISSOLVE);
        updateAddChild();
        Div actions = new Div(addChild, move, merge, dissolve);
        actions.addClassName("filter-bar");
        add(new H2(getTranslation("unit.catalog.title")), new Paragraph(getTranslation("unit.catalog.description")),
                actions, grid);
        catalog.children(null).forEach(root -> grid.expand(root));
    }

    /** The selected province, district or organization, or else the root of the hierarchy. */
    CatalogUnit parentForNewUnit() {
        CatalogUnit selected = grid.asSingleSelect().getValue();
        return selected != null && selected.level() != UnitLevel.CELL ? selected : catalog.children(null).getFirst();
    }

    private void reorganizeButton(Button button, String id, SuccessionKind kind) {
        button.setText(getTranslation("unit.reorg." + kind.name().toLowerCase(java.util.Locale.ROOT)));
        button.setId(id);
        button.addClickListener(e -> open(new ReorganizationDialog(reorganization, catalog, kind,
                grid.asSingleSelect().getValue(), this::refresh)));
    }

    private void updateAddChild() {
        CatalogUnit selected = grid.asSingleSelect().getValue();
        boolean below = selected != null && selected.parentId() != null;
        move.setEnabled(below);
        merge.setEnabled(below);
        dissolve.setEnabled(below && selected.level() != UnitLevel.CELL && selected.children() > 0);
        CatalogUnit parent = parentForNewUnit();
        addChild.setText(switch (UnitCatalog.childLevel(parent)) {
            case DISTRICT -> getTranslation("unit.add.district");
            case GRASSROOTS -> getTranslation("unit.add.organization");
            default -> getTranslation("unit.add.cell", parent.shortName());
        });
    }

    private String kindName(String code) {
        UnitKind kind = kinds.get(code);
        return kind == null ? code : kind.name(getLocale());
    }

    private String years(CatalogUnit unit) {
        return unit.validToYear() == null ? getTranslation("unit.years.open", String.valueOf(unit.validFromYear()))
                : unit.validFromYear() + "–" + unit.validToYear();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Not added to the view: an unattached dialog joins the UI when opened and leaves it when closed. */
    private void open(com.vaadin.flow.component.dialog.Dialog dialog) {
        dialog.open();
    }

    TreeGrid<CatalogUnit> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unit.catalog.title");
    }

    /** One level of the hierarchy per query, fetched when a row is expanded. */
    private final class Levels extends AbstractBackEndHierarchicalDataProvider<CatalogUnit, Void> {

        @Override
        protected Stream<CatalogUnit> fetchChildrenFromBackEnd(HierarchicalQuery<CatalogUnit, Void> query) {
            return catalog.children(parentId(query)).stream().skip(query.getOffset()).limit(query.getLimit());
        }

        @Override
        public int getChildCount(HierarchicalQuery<CatalogUnit, Void> query) {
            return catalog.children(parentId(query)).size();
        }

        @Override
        public boolean hasChildren(CatalogUnit item) {
            return item.children() > 0;
        }

        @Override
        public Object getId(CatalogUnit item) {
            return item.id();
        }

        private static Long parentId(HierarchicalQuery<CatalogUnit, Void> query) {
            return query.getParentOptional().map(CatalogUnit::id).orElse(null);
        }
    }
}
