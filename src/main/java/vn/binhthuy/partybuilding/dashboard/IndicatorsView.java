package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.binhthuy.partybuilding.security.Role;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.export.FileNames;
import vn.binhthuy.partybuilding.base.i18n.Messages;
import vn.binhthuy.partybuilding.indicators.Indicator;
import vn.binhthuy.partybuilding.indicators.IndicatorFrequency;
import vn.binhthuy.partybuilding.indicators.IndicatorGroup;
import vn.binhthuy.partybuilding.indicators.IndicatorSelection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One manifestation (or one group of them) across the district: frequency by ward and by year, and the cells
 * where it was found most. URL: /indicators?year=2017&indicator=A5 (or &group=A).
 */
@Route("indicators")
@RolesAllowed({Role.Names.LEADERSHIP, Role.Names.ORG_BOARD, Role.Names.SECRETARY})
@Menu(title = "nav.indicators", order = 1, icon = "vaadin:list-ol")
public class IndicatorsView extends DashboardPage {

    static final String INDICATOR = "indicator";

    private final IndicatorsPageService pages;
    private IndicatorSelection selection;

    public IndicatorsView(IndicatorsPageService pages, PageFrames frames, ViewExports exports) {
        super(frames, exports);
        this.pages = pages;
    }

    @Override
    protected void render(BeforeEnterEvent event) {
        Locale locale = getLocale();
        Messages t = messages();
        int year = year();
        Optional<String> requested = event.getLocation().getQueryParameters().getSingleParameter(INDICATOR);
        IndicatorsPage page = pages.load(year, requested, parameters.group(), parameters.compare());
        Optional<Indicator> indicator = page.indicator();
        if (requested.isPresent() && indicator.isEmpty()) {
            com.vaadin.flow.component.notification.Notification.show(
                    getTranslation("filter.indicator.invalid", requested.get()));
        }
        selection = page.selection();
        String selectionName = indicator.map(i -> i.label(locale))
                .orElse(parameters.group() == null ? getTranslation("indicators.all")
                        : getTranslation("indicator.group." + parameters.group()));
        applyScope(page.scope());
        PageScope all = pageScope;
        PageScope shown = indicator.map(i -> all.with(new PageScope.Filter(
                getTranslation("export.filter.indicator", selectionName), FileNames.slug(i.code()))))
                .orElseGet(() -> withGroup(all));
        // the page as a whole, with its heading and briefing, names the year compared with; the other charts do not
        Optional<IndicatorsPage.Comparison> comparison = page.comparison();
        PageScope compared = comparison.map(c -> withCompare(shown, c.year())).orElse(shown);
        pageScope = compared;

        // all 27, or the group or manifestation chosen: the heading (and the briefing's title) says which
        boolean narrowed = indicator.isPresent() || parameters.group() != null;
        heading(narrowed
                ? comparison.map(c -> getTranslation("indicators.title.selection.compare", selectionName, year, c.year()))
                        .orElseGet(() -> getTranslation("indicators.title.selection", selectionName, year))
                : comparison.map(c -> getTranslation("indicators.title.compare", year, c.year()))
                        .orElseGet(() -> getTranslation("indicators.title", year)));
        Div bar = selector(page.catalog(), indicator.orElse(null), locale);
        bar.add(compareSelect(true));
        bar.add(displayControls());
        add(bar);
        comparison.ifPresent(c -> section("section.indicator-compare", drillCard("chart-findings-compared",
                IndicatorCharts.findingsCompared(page.selected(page.frequencies()), page.selected(c.frequencies()),
                        year, c.year(), t, compared), this::showIndicator).wide()));

        // the per-unit charts in counts or in shares of all units' findings, in the order the URL asks
        PageScope perUnit = unitChartScopeOfAll(shown);
        section("section.indicator-spread",
                unitCard("chart-findings-by-organization", IndicatorCharts.findingsByUnit(
                        page.scope().comparesDistricts() ? "findings-by-district" : "findings-by-organization",
                        page.byOrganization(), t, perUnit, selectionName), this::goToUnit),
                card("chart-findings-by-year", IndicatorCharts.findingsByYear(
                        page.byYear(), t, shown, selectionName)),
                unitCard("chart-top-cells", IndicatorCharts.findingsByUnit("top-cells",
                        page.topCells(), t, perUnit, selectionName), this::goToCellByCode).wide());
        section("section.catalog", catalogGrid(page.frequencies(), locale));
    }

    private Div selector(List<Indicator> catalog, Indicator current, Locale locale) {
        Select<String> choice = new Select<>();
        choice.setId("indicator-select");
        choice.setLabel(getTranslation("filter.indicator"));
        List<String> items = new ArrayList<>(List.of(""));
        IndicatorGroup.codes().forEach(g -> items.add("group:" + g));
        catalog.forEach(i -> items.add(i.code()));
        choice.setItems(items);
        choice.setItemLabelGenerator(item -> {
            if (item.isEmpty()) {
                return getTranslation("indicators.all");
            }
            if (item.startsWith("group:")) {
                return getTranslation("indicator.group." + item.substring(6));
            }
            return catalog.stream().filter(i -> i.code().equals(item)).findFirst()
                    .map(i -> i.label(locale))
                    .orElse(item);
        });
        choice.setValue(current != null ? current.code() : parameters.group() != null ? "group:" + parameters.group() : "");
        choice.setWidth("32em");
        choice.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            // another selection keeps the year and how the per-unit charts are shown
            QueryParameters query = parameters.withGroup(null).query();
            if (e.getValue().startsWith("group:")) {
                query = query.merging(DashboardParameters.GROUP, e.getValue().substring(6));
            } else if (!e.getValue().isEmpty()) {
                query = query.merging(INDICATOR, e.getValue());
            }
            UI.getCurrent().navigate(IndicatorsView.class, query);
        });
        Div bar = new Div(choice);
        bar.addClassName("filter-bar");
        return bar;
    }

    private Grid<IndicatorFrequency> catalogGrid(List<IndicatorFrequency> rows, Locale locale) {
        Grid<IndicatorFrequency> grid = new Grid<>();
        grid.setId("indicator-catalog");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(IndicatorFrequency::code).setHeader(getTranslation("indicator.code")).setAutoWidth(true);
        grid.addColumn(f -> getTranslation("indicator.group." + f.groupCode()))
                .setHeader(getTranslation("indicator.group")).setAutoWidth(true);
        grid.addColumn(f -> "en".equals(locale.getLanguage()) ? f.titleEn() : f.titleVi())
                .setHeader(getTranslation("indicator.title")).setFlexGrow(3);
        grid.addColumn(f -> Formats.number(f.findings(), locale)).setHeader(getTranslation("indicator.findings"))
                .setTextAlign(ColumnTextAlign.END).setComparator(IndicatorFrequency::findings).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> showIndicator(e.getItem().code()));
        return grid;
    }

    /** The page of one indicator, for the same year, comparison and display. */
    private void showIndicator(String code) {
        UI.getCurrent().navigate(IndicatorsView.class, parameters.withGroup(null).query().merging(INDICATOR, code));
    }

    IndicatorSelection getSelection() {
        return selection;
    }
}
