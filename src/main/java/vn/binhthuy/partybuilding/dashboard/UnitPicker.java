package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import vn.binhthuy.partybuilding.base.ui.YearParameter;
import vn.binhthuy.partybuilding.units.UnitHit;
import vn.binhthuy.partybuilding.units.UnitLevel;
import vn.binhthuy.partybuilding.units.UnitSearch;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Đến đơn vị": type part of a district's (below a province), ward's or cell's name (without tone marks if need be)
 * and open its page for the year shown; on a district's, ward's or cell's page, links to the one before and after it.
 */
class UnitPicker extends Nav implements AfterNavigationObserver {

    private final UnitNavigation navigation;
    private final ComboBox<UnitHit> search = new ComboBox<>();
    private final Div siblings = new Div();
    private Integer year;
    private QueryParameters yearOnly = QueryParameters.empty();

    UnitPicker(UnitNavigation navigation) {
        this.navigation = navigation;
        addClassName("unit-picker");
        // a landmark of its own beside the menu's, so that nothing in the drawer lies outside one
        getElement().setAttribute("aria-label", getTranslation("unit-picker.landmark"));
        search.setId("unit-picker");
        search.setLabel(getTranslation("unit-picker.label"));
        search.setPlaceholder(getTranslation("unit-picker.placeholder"));
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setItemLabelGenerator(this::label);
        search.setItems(query -> navigation.find(query.getFilter().orElse(""), year, query.getOffset(),
                query.getLimit()).stream());
        search.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
                search.clear();
            }
        });
        siblings.addClassName("unit-picker-siblings");
        add(search, siblings);
    }

    /** A cell's name with its organization's, unless the name already says it ("Chi bộ khu vực 1, phường Trà Nóc"). */
    private String label(UnitHit unit) {
        String organization = unit.organizationShortName();
        return unit.level() == UnitLevel.CELL && organization != null
                && !unit.name().toLowerCase(Locale.ROOT).contains(organization.toLowerCase(Locale.ROOT))
                ? getTranslation("unit-picker.cell-of", unit.name(), unit.organizationShortName())
                : unit.name();
    }

    private void open(UnitHit unit) {
        UI.getCurrent().navigate(view(unit), parameters(unit), yearOnly);
    }

    /** A district's page, an organization's or a cell's. */
    private static Class<? extends DashboardPage> view(UnitHit unit) {
        return switch (unit.level()) {
            case CELL -> CellView.class;
            case DISTRICT, PROVINCE -> DistrictView.class;
            case GRASSROOTS -> WardView.class;
        };
    }

    private static RouteParameters parameters(UnitHit unit) {
        return unit.level() == UnitLevel.CELL ? new RouteParameters(CellView.ID, String.valueOf(unit.id()))
                : new RouteParameters(WardView.CODE, unit.code());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Location location = event.getLocation();
        year = YearParameter.raw(location).flatMap(UnitPicker::number).orElse(null);
        yearOnly = year == null ? QueryParameters.empty() : QueryParameters.of(YearParameter.NAME, String.valueOf(year));
        // a new year can change which units exist
        search.getDataProvider().refreshAll();
        siblings.removeAll();
        shownUnit(location.getSegments()).ifPresent(id -> {
            UnitSearch.Siblings around = navigation.siblings(id, year);
            around.previous().ifPresent(unit -> siblings.add(link(unit, "unit-picker.previous", "unit-previous")));
            around.next().ifPresent(unit -> siblings.add(link(unit, "unit-picker.next", "unit-next")));
        });
    }

    private RouterLink link(UnitHit unit, String key, String id) {
        RouterLink link = new RouterLink(getTranslation(key, label(unit)), view(unit), parameters(unit));
        link.setQueryParameters(yearOnly);
        link.setId(id);
        link.getElement().setAttribute("title", getTranslation(key + ".title", label(unit)));
        return link;
    }

    /** The unit whose page this is: district/{code}, ward/{code} or cell/{id}; nothing elsewhere or for unknown units. */
    private Optional<Long> shownUnit(List<String> segments) {
        if (segments.size() != 2) {
            return Optional.empty();
        }
        try {
            return switch (segments.get(0)) {
                case "ward", "district" -> navigation.idOf(segments.get(1));
                case "cell" -> Optional.of(Long.parseLong(segments.get(1)));
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
