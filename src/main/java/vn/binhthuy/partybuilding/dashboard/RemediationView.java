package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.binhthuy.partybuilding.security.Role;
import vn.binhthuy.partybuilding.base.ui.YearParameter;
import vn.binhthuy.partybuilding.remediation.PlanFilter;
import vn.binhthuy.partybuilding.remediation.PlanListItem;
import vn.binhthuy.partybuilding.remediation.PlanSort;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;
import vn.binhthuy.partybuilding.remediation.PlanStatus;
import vn.binhthuy.partybuilding.remediation.ui.PlanColumns;
import vn.binhthuy.partybuilding.remediation.ui.PlanDialog;
import vn.binhthuy.partybuilding.remediation.ui.PlanEditors;
import vn.binhthuy.partybuilding.units.Unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * All remediation plans of the year, filterable by status, overdue, organization and source (filters live in the
 * URL), loaded page by page from the database; with the year's progress chart for the same organization.
 */
@Route("remediation")
@RolesAllowed({Role.Names.LEADERSHIP, Role.Names.ORG_BOARD, Role.Names.SECRETARY})
@Menu(title = "nav.remediation", order = 2, icon = "vaadin:tasks")
public class RemediationView extends DashboardPage {

    static final String STATUS = "status";
    static final String OVERDUE = "overdue";
    static final String ORGANIZATION = "organization";
    static final String SOURCE = "source";

    private final RemediationPageService pages;
    private final PlanEditors planEditors;
    private PlanFilter filter;
    private Grid<PlanListItem> grid;
    private Span count;

    public RemediationView(RemediationPageService pages, PlanEditors planEditors, PageFrames frames,
                           ViewExports exports) {
        super(frames, exports);
        this.pages = pages;
        this.planEditors = planEditors;
    }

    @Override
    protected void render(BeforeEnterEvent event) {
        Locale locale = getLocale();
        int year = year();
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> organizationCode = query.getSingleParameter(ORGANIZATION);
        RemediationPage page = pages.load(readFilter(query), organizationCode, parameters.compare());
        if (organizationCode.isPresent() && page.organization().isEmpty()) {
            com.vaadin.flow.component.notification.Notification.show(
                    getTranslation("plan.filter.organization.invalid", organizationCode.get()));
        }
        filter = page.filter();
        List<Unit> organizations = page.organizations();
        applyScope(page.scope());
        PageScope shown = pageScope;
        // the page as a whole, with its heading and briefing, names the year compared with; the other charts do not
        Optional<RemediationPage.Comparison> comparison = page.comparison();
        PageScope compared = comparison.map(c -> withCompare(shown, c.comparedYear())).orElse(shown);
        pageScope = compared;

        heading(comparison.map(c -> getTranslation("remediation.title.compare", year, c.comparedYear()))
                .orElseGet(() -> getTranslation("remediation.title", year)));
        add(filters(organizations));
        count = new Span();
        count.setId("plan-count");
        count.addClassName("kpi-detail");
        grid = new Grid<>();
        grid.setId("plan-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("560px");
        PlanColumns.addTo(grid, locale, true);
        grid.setItems(dataProvider());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey(PlanSort.DEADLINE.name())).build());
        grid.addItemClickListener(e -> openPlan(e.getItem().id()));
        count.setText(getTranslation("remediation.count", page.planCount()));
        Div list = new Div(count, grid);
        list.addClassName("chart-card");
        list.addClassName("wide");
        section("section.plans", list);
        // counts or shares, and the order, of the per-organization chart, as on the overview
        Div displayBar = new Div(compareSelect(true));
        displayBar.add(displayControls());
        displayBar.addClassName("filter-bar");
        add(displayBar);
        List<Component> charts = new ArrayList<>(List.of(
                card("chart-progress", RemediationCharts.monthlyProgress(page.monthlyProgress(), messages(), shown)),
                unitCard("chart-plan-status", RemediationCharts.statusByUnit(
                        page.scope().comparesDistricts() ? "plan-status-districts" : "plan-status",
                        page.statusByOrganization(), messages(), unitChartScope(shown)), this::goToUnit)));
        comparison.ifPresent(c -> charts.add(drillCard("chart-plans-compared",
                RemediationCharts.comparedByUnit(c, messages(), compared), this::goToWard).wide()));
        section("section.remediation", charts.toArray(Component[]::new));
    }

    void openPlan(long planId) {
        PlanDialog dialog = planEditors.plan(planId, getLocale(), () -> grid.getDataProvider().refreshAll());
        add(dialog);
        dialog.open();
    }

    /** Plans are fetched a page at a time, sorted in SQL by whitelisted columns. */
    private CallbackDataProvider<PlanListItem, Void> dataProvider() {
        return DataProvider.fromCallbacks(
                query -> {
                    QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().getFirst();
                    PlanSort sort = order == null ? PlanSort.DEADLINE : PlanSort.valueOf(order.getSorted());
                    boolean ascending = order == null || order.getDirection() == SortDirection.ASCENDING;
                    return pages.plans(filter, sort, ascending, query.getOffset(), query.getLimit()).stream();
                },
                query -> (int) pages.countPlans(filter));
    }

    /** The year, status, source and overdue flag of the URL; the organization is the page service's to resolve. */
    private PlanFilter readFilter(QueryParameters query) {
        PlanFilter result = PlanFilter.ofYear(year());
        result = result.withStatus(enumValue(PlanStatus.class, query.getSingleParameter(STATUS), "plan.filter.status.invalid"));
        result = result.withSource(enumValue(ShortcomingSource.class, query.getSingleParameter(SOURCE), "plan.filter.source.invalid"));
        return result.withOverdueOnly(query.getSingleParameter(OVERDUE).map("true"::equals).orElse(false));
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, Optional<String> raw, String messageKey) {
        if (raw.isEmpty() || raw.get().isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.get());
        } catch (IllegalArgumentException e) {
            com.vaadin.flow.component.notification.Notification.show(getTranslation(messageKey, raw.get()));
            return null;
        }
    }

    private Div filters(List<Unit> organizations) {
        Select<String> status = enumFilter("filter-status", "plan.status", PlanStatus.values(), filter.status(), STATUS);
        Select<String> source = enumFilter("filter-source", "plan.source", ShortcomingSource.values(), filter.source(),
                SOURCE);

        ComboBox<Unit> organization = new ComboBox<>(getTranslation("plan.organization"));
        organization.setId("filter-organization");
        organization.setItems(organizations);
        organization.setItemLabelGenerator(Unit::shortName);
        organization.setClearButtonVisible(true);
        organization.setWidth("18em");
        organizations.stream().filter(u -> filter.organizationId() != null && u.id() == filter.organizationId())
                .findFirst().ifPresent(organization::setValue);
        organization.addValueChangeListener(e -> update(e.isFromClient(), ORGANIZATION,
                e.getValue() == null ? "" : e.getValue().code()));

        Checkbox overdue = new Checkbox(getTranslation("plan.filter.overdue"));
        overdue.setId("filter-overdue");
        overdue.setValue(filter.overdueOnly());
        overdue.addValueChangeListener(e -> update(e.isFromClient(), OVERDUE, e.getValue() ? "true" : ""));

        Div bar = new Div(status, source, organization, overdue);
        bar.addClassName("filter-bar");
        return bar;
    }

    /**
     * A select of "any" and the values of an enum, labelled by {@code labelKey} (values by "labelKey.NAME"), showing
     * the filter in force ({@code current}) and putting a choice into the URL parameter {@code parameter}.
     */
    private Select<String> enumFilter(String id, String labelKey, Enum<?>[] values, Enum<?> current, String parameter) {
        Select<String> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(options(values));
        select.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("filter.any") : getTranslation(labelKey + "." + s));
        select.setValue(current == null ? "" : current.name());
        select.addValueChangeListener(e -> update(e.isFromClient(), parameter, e.getValue()));
        return select;
    }

    private static List<String> options(Enum<?>[] values) {
        List<String> options = new java.util.ArrayList<>();
        options.add("");
        for (Enum<?> value : values) {
            options.add(value.name());
        }
        return options;
    }

    private void update(boolean fromClient, String name, String value) {
        if (!fromClient) {
            return;
        }
        Location location = UI.getCurrent().getInternals().getActiveViewLocation();
        Map<String, String> values = new HashMap<>();
        location.getQueryParameters().getParameters().forEach((k, v) -> values.put(k, v.getFirst()));
        values.put(YearParameter.NAME, String.valueOf(year()));
        if (value.isEmpty()) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
        UI.getCurrent().navigate(RemediationView.class, QueryParameters.simple(values));
    }

    PlanFilter getFilter() {
        return filter;
    }

    Grid<PlanListItem> getGrid() {
        return grid;
    }

    String getCountText() {
        return count.getText();
    }
}
