package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.base.i18n.Messages;
import vn.binhthuy.partybuilding.base.ui.ChartCard;
import vn.binhthuy.partybuilding.base.ui.KpiCard;
import vn.binhthuy.partybuilding.base.ui.YearParameter;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.classification.ScaleChange;
import vn.binhthuy.partybuilding.export.Briefing;
import vn.binhthuy.partybuilding.export.FileNames;
import vn.binhthuy.partybuilding.units.Succession;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitKind;
import vn.binhthuy.partybuilding.units.UnitLevel;
import vn.binhthuy.partybuilding.base.ui.Breadcrumb;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What the dashboard views share: the filters read from the URL (with a message for values not understood),
 * the empty state, chart cards that drill down on click, KPI cards with the change since the previous year.
 * Each page asks its page service for everything it shows, once per visit; this class reads only the
 * {@link PageFrame} it needs to understand the URL.
 */
abstract class DashboardPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PageFrames frames;
    protected final ViewExports exports;
    protected PageFrame frame;
    protected DashboardParameters parameters;
    private List<Succession> comparedLineage = List.of();
    private String shownName = "";
    private int firstYear = Integer.MIN_VALUE;
    /** What the page shows (unit after narrowing, year, filters); set by {@link #applyScope}, read by every label. */
    protected PageScope pageScope;
    private String pageTitle = "";
    /** What the PDF briefing adds to the charts and KPIs: the page's rule checks and other tables, in page order. */
    private final List<Briefing.Notes> briefingNotes = new java.util.ArrayList<>();
    private final List<Briefing.Table> briefingTables = new java.util.ArrayList<>();

    protected DashboardPage(PageFrames frames, ViewExports exports) {
        this.frames = frames;
        this.exports = exports;
        addClassName("dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        comparedLineage = List.of();
        firstYear = Integer.MIN_VALUE;
        briefingNotes.clear();
        briefingTables.clear();
        frame = frames.frame();
        List<Integer> years = frame.ratedYears();
        Set<String> kinds = frame.organizationKinds().stream().map(UnitKind::code).collect(Collectors.toSet());
        parameters = DashboardParameters.parse(event.getLocation(), years, kinds);
        parameters.problems().forEach(problem ->
                Notification.show(getTranslation(problem.messageKey(), problem.value(), parameters.year())));
        boolean yearDropped = YearParameter.raw(event.getLocation()).isPresent()
                && YearParameter.valid(event.getLocation(), years).isEmpty();
        if ((yearDropped || parameters.compareDropped(event.getLocation())) && !years.isEmpty()) {
            // the URL says which years are shown: a year without figures is replaced, a compared one dropped, not kept
            // beside another year's page
            event.forwardTo(event.getLocation().getPath(), parameters.corrected(event.getLocation()));
            return;
        }
        if (years.isEmpty()) {
            pageTitle = getTranslation("app.title");
            Div empty = new Div(getTranslation("overview.no-data"));
            empty.addClassName("chart-empty");
            // an empty database starts on the import page's guided steps (units first)
            com.vaadin.flow.component.html.Anchor start = new com.vaadin.flow.component.html.Anchor("import",
                    getTranslation("overview.no-data.import"));
            start.setId("empty-start-import");
            add(empty, start);
            return;
        }
        render(event);
    }

    /** Builds the page for {@link #parameters}; may reroute (e.g. to "not found"). */
    protected abstract void render(BeforeEnterEvent event);

    protected int year() {
        return parameters.year();
    }

    protected Messages messages() {
        return this::getTranslation;
    }

    protected void heading(String text) {
        pageTitle = text;
        H2 heading = new H2(text);
        heading.addClassName("dashboard-heading");
        Button pdf = new Button(getTranslation("briefing.export"), VaadinIcon.FILE_TEXT_O.create(),
                e -> new BriefingDownload(this, exports).start());
        pdf.setId("export-pdf");
        pdf.addThemeVariants(ButtonVariant.LUMO_SMALL);
        // the URL holds every filter, so the link reproduces the page as shown
        Button copyLink = new Button(getTranslation("page.copy-link"), VaadinIcon.LINK.create(), e ->
                e.getSource().getElement().executeJs("return navigator.clipboard.writeText(window.location.href)")
                        .then(ok -> Notification.show(getTranslation("page.link-copied"))));
        copyLink.setId("copy-link");
        copyLink.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(copyLink, pdf);
        actions.addClassName("dashboard-heading-actions");
        Div bar = new Div(heading, actions);
        bar.addClassName("dashboard-heading-bar");
        Paragraph scopeLine = new Paragraph(getTranslation("page.scope",
                String.join(" · ", pageScope.lines(messages()))));
        scopeLine.setId("page-scope");
        scopeLine.addClassName("page-scope");
        add(bar, scopeLine);
    }

    /**
     * Sets the page's scope to the one its page service applied: named after the applied scope (a secretary's
     * district request names their organization), with the year and the kind filter.
     */
    protected void applyScope(PageScopes.Applied applied) {
        Unit unit = applied.unit();
        String slug = FileNames.slug(unit.shortName());
        String prefix = switch (unit.level()) {
            case PROVINCE -> FileNames.slug(getTranslation("export.province-prefix"));
            case DISTRICT -> FileNames.slug(getTranslation("export.district-prefix"));
            case GRASSROOTS, CELL -> "";
        };
        // the level once: "quan-binh-thuy", but "quan-mau-001" for a district whose short name already says it
        if (!prefix.isEmpty() && !slug.startsWith(prefix + "-")) {
            slug = prefix + "-" + slug;
        }
        pageScope = new PageScope(unit.name(), slug, year(), List.of());
        if (applied.scope().kindCode() != null) {
            frame.kind(applied.scope().kindCode())
                    .ifPresent(k -> pageScope = pageScope.with(new PageScope.Filter(
                            getTranslation("export.filter.kind", k.name(getLocale())), FileNames.slug(k.name(getLocale())))));
        }
    }

    /** A page about one unit (an organization or a cell) that the guard has already let through. */
    protected void applyScope(Unit unit, String slugSource) {
        pageScope = new PageScope(unit.name(), FileNames.slug(slugSource), year(), List.of());
    }

    /** The given scope plus the group of manifestations of the URL, for the figures that are filtered by it. */
    protected PageScope withGroup(PageScope base) {
        return parameters.group() == null ? base : base.with(new PageScope.Filter(getTranslation("export.filter.group",
                getTranslation("indicator.group." + parameters.group())), "nhom-" + parameters.group().toLowerCase()));
    }

    PageScope pageScope() {
        return pageScope;
    }

    protected void forBriefing(Briefing.Notes notes) {
        briefingNotes.add(notes);
    }

    protected void forBriefing(Briefing.Table table) {
        briefingTables.add(table);
    }

    List<Briefing.Notes> briefingNotes() {
        return List.copyOf(briefingNotes);
    }

    List<Briefing.Table> briefingTables() {
        return List.copyOf(briefingTables);
    }

    String pageHeading() {
        return pageTitle;
    }

    protected Div section(String titleKey, Component... content) {
        H3 title = new H3(getTranslation(titleKey));
        title.addClassName("dashboard-section-title");
        Div grid = new Div(content);
        grid.addClassName("chart-grid");
        Div section = new Div(title, grid);
        section.addClassName("dashboard-section");
        add(section);
        return section;
    }

    protected Div kpiRow(KpiCard... cards) {
        Div row = new Div(cards);
        row.addClassName("kpi-row");
        if (year() < firstYear) {
            // above the cards: they are all empty, and on a phone they fill the screen
            Paragraph notice = new Paragraph(getTranslation(comparedLineage.isEmpty() ? "kpi.before-start"
                    : "kpi.before-start.lineage", shownName, firstYear, year()));
            notice.setId("kpi-before-start");
            notice.addClassName("kpi-detail");
            add(notice);
        }
        add(row);
        if (year() >= firstYear && comparedWithPredecessors()) {
            Paragraph note = new Paragraph(ClassificationCharts.lineageNote(comparedLineage, messages()));
            note.setId("kpi-lineage-note");
            note.addClassName("kpi-detail");
            add(note);
        }
        return row;
    }

    /**
     * The unit shown, the first year it exists and the units it continues (latest step first). Its KPI cards are
     * compared with those units' figures when the compared year is before it took over, as its trend is; those
     * changes are marked (*) and the row says whose figures they are. In a year before it existed it has no
     * figures of its own: no change is shown, and the row says so.
     */
    protected void continuing(String name, int firstYear, List<Succession> lineage) {
        this.shownName = name;
        this.firstYear = firstYear;
        this.comparedLineage = List.copyOf(lineage);
    }

    private boolean comparedWithPredecessors() {
        return !comparedLineage.isEmpty() && compareYear() < comparedLineage.getFirst().fromYear();
    }

    protected ChartCard card(String id, ChartModel model) {
        return new ChartCard(id, model.option(), model.height()).exportable(exports.charts(),
                model.scope().lines(messages()));
    }

    /**
     * A per-unit chart (one bar per organization or cell) shown as the URL asks: counts or shares, in unit order, by
     * name or by value; clicks drill down as on {@link #drillCard}.
     */
    protected ChartCard unitCard(String id, ChartModel model, Consumer<String> onKey) {
        return drillCard(id, parameters.display().apply(model, getLocale()), onKey);
    }

    /** The scope of the per-unit charts: with shares shown, their subtitle and file names say so. */
    protected PageScope unitChartScope(PageScope base) {
        return parameters.display().shares()
                ? base.with(new PageScope.Filter(getTranslation("display.share.scope"), "ty-le")) : base;
    }

    /** The same for a per-unit chart of one series, whose shares are parts of all units together. */
    protected PageScope unitChartScopeOfAll(PageScope base) {
        return parameters.display().shares()
                ? base.with(new PageScope.Filter(getTranslation("display.share.scope.all"), "ty-le")) : base;
    }

    /**
     * "So sánh với năm": the other rated years. With {@code optional}, "Không so sánh" first and no comparison unless
     * the URL names a year; otherwise the year before is the default and is left out of the URL. A choice keeps the
     * page's other parameters.
     */
    protected Select<Integer> compareSelect(boolean optional) {
        Select<Integer> compare = new Select<>();
        compare.setId("compare-year");
        compare.setLabel(getTranslation("filter.compare"));
        List<Integer> others = new java.util.ArrayList<>(frame.ratedYears().reversed());
        others.remove(Integer.valueOf(year()));
        if (optional) {
            compare.setEmptySelectionAllowed(true);
            compare.setEmptySelectionCaption(getTranslation("filter.compare.none"));
        }
        compare.setItems(others);
        Integer current = optional ? parameters.compare() : Integer.valueOf(compareYear());
        if (current != null && others.contains(current)) {
            compare.setValue(current);
        }
        compare.addValueChangeListener(e -> {
            if (!e.isFromClient() || (!optional && e.getValue() == null)) {
                return;
            }
            var location = UI.getCurrent().getInternals().getActiveViewLocation();
            QueryParameters query = location.getQueryParameters().excluding(DashboardParameters.COMPARE)
                    .excluding(YearParameter.NAME).merging(YearParameter.NAME, String.valueOf(year()));
            boolean byDefault = optional ? e.getValue() == null : e.getValue() == year() - 1;
            UI.getCurrent().navigate(location.getPath(), byDefault ? query
                    : query.merging(DashboardParameters.COMPARE, String.valueOf(e.getValue())));
        });
        compare.setVisible(!others.isEmpty());
        return compare;
    }

    /** The given scope compared with another year: its line "So sánh với năm: 2016", its part of file names. */
    protected PageScope withCompare(PageScope base, int compared) {
        return base.with(new PageScope.Filter(getTranslation("export.filter.compare", compared), "so-sanh-" + compared));
    }

    /** "Hiển thị: số lượng / tỷ lệ" and "Sắp xếp" for the per-unit charts; a choice goes into the URL. */
    protected Component[] displayControls() {
        UnitChartDisplay display = parameters.display();
        Select<Boolean> measure = new Select<>();
        measure.setId("display-measure");
        measure.setLabel(getTranslation("display.measure"));
        measure.setItems(false, true);
        measure.setItemLabelGenerator(share -> getTranslation(share ? "display.measure.share" : "display.measure.count"));
        measure.setValue(display.shares());
        measure.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showDisplay(new UnitChartDisplay(e.getValue(), display.order()));
            }
        });
        Select<UnitChartDisplay.Order> sort = new Select<>();
        sort.setId("display-sort");
        sort.setLabel(getTranslation("display.sort"));
        sort.setItems(UnitChartDisplay.Order.values());
        sort.setItemLabelGenerator(order -> getTranslation("display.sort." + order.name().toLowerCase()));
        sort.setValue(display.order());
        sort.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showDisplay(new UnitChartDisplay(display.shares(), e.getValue()));
            }
        });
        return new Component[] {measure, sort};
    }

    private void showDisplay(UnitChartDisplay display) {
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        QueryParameters query = location.getQueryParameters()
                .excluding(UnitChartDisplay.SHOW, UnitChartDisplay.SORT);
        if (display.shares()) {
            query = query.merging(UnitChartDisplay.SHOW, UnitChartDisplay.SHARE);
        }
        if (display.order().parameter() != null) {
            query = query.merging(UnitChartDisplay.SORT, display.order().parameter());
        }
        UI.getCurrent().navigate(location.getPath(), query);
    }

    /** A chart card whose clicks hand the key of the clicked category to the given action. */
    protected ChartCard drillCard(String id, ChartModel model, Consumer<String> onKey) {
        ChartCard card = card(id, model);
        card.onDrill(onKey);
        return card;
    }

    /** "+12 so với 2016" style change of a count against the previous year. */
    protected void countDelta(KpiCard card, long current, Long previous, boolean upIsGood) {
        if (previous == null) {
            return;
        }
        plainCountDelta(card, current, previous, upIsGood);
    }

    /**
     * The same for a count by rating level: across a change of scale (one of the given changes of the levels'
     * scale) it says "new scale" instead of a change.
     */
    protected void countDelta(KpiCard card, long current, Long previous, boolean upIsGood,
                              List<ScaleChange> scaleChanges) {
        if (previous != null && !newScale(card, scaleChanges)) {
            plainCountDelta(card, current, previous, upIsGood);
        }
    }

    /** The members rated in the year, with the change since the compared year ({@code previous}, null: none). */
    protected KpiCard membersRatedKpi(ClassificationSummary summary, ClassificationSummary previous, Locale locale) {
        KpiCard members = new KpiCard("kpi-members-rated", getTranslation("kpi.members-rated"),
                Formats.number(summary.membersRated(), locale), getTranslation("kpi.members-rated.detail"));
        countDelta(members, summary.membersRated(), previous == null ? null : previous.membersRated(), true);
        return members;
    }

    /** The share of members rated well or better, with its change since the compared year (or "new scale"). */
    protected KpiCard membersGoodKpi(ClassificationSummary summary, ClassificationSummary previous,
                                     List<ScaleChange> memberScaleChanges, Locale locale) {
        KpiCard good = new KpiCard("kpi-members-good", getTranslation("kpi.members-good"),
                Formats.percent(summary.goodShare(), locale),
                getTranslation("kpi.members-good.detail", summary.membersGood()));
        shareDelta(good, summary.goodShare(), previous == null ? null : previous.goodShare(), memberScaleChanges);
        return good;
    }

    /**
     * The year the KPI cards compare with: the year before, or on a page with "So sánh với năm" for its KPIs
     * ({@link #choosesComparedYear()}) the year chosen there ({@code compare=2016}).
     */
    protected int compareYear() {
        return choosesComparedYear() && parameters.compare() != null ? parameters.compare() : year() - 1;
    }

    /** Whether the page offers "So sánh với năm" for its KPI cards (the year before by default). */
    protected boolean choosesComparedYear() {
        return false;
    }

    /**
     * The page's scope with the year its KPI cards compare with, when the user chose one other than the year before:
     * the scope line and the PDF then name it, as on the pages that compare charts ({@link #withCompare}). The
     * year before needs no line: it is what every KPI change means unless said otherwise.
     */
    protected PageScope withChosenCompare(PageScope base) {
        return compareYear() == year() - 1 ? base : withCompare(base, compareYear());
    }

    /**
     * The page's heading from {@code key} (a name and the year), or from {@code key.compare} naming the compared year
     * too when one other than the year before was chosen, as the scope line and the PDF do.
     */
    protected String headingWithChosenCompare(String key, String name) {
        return compareYear() == year() - 1 ? getTranslation(key, name, year())
                : getTranslation(key + ".compare", name, year(), compareYear());
    }

    /** Whether a new rating scale took effect between the compared year and the shown one (then: no change shown). */
    private boolean newScale(KpiCard card, List<ScaleChange> scaleChanges) {
        int compared = compareYear();
        if (compared == year() - 1) {
            return scaleChanges.stream().filter(change -> change.fromYear() == year()).findFirst().map(change -> {
                card.withDelta(getTranslation("kpi.delta.new-scale", change.regulation()), KpiCard.Trend.FLAT, true);
                return true;
            }).orElse(false);
        }
        int from = Math.min(compared, year());
        int to = Math.max(compared, year());
        return scaleChanges.stream()
                .filter(change -> change.fromYear() > from && change.fromYear() <= to).findFirst().map(change -> {
                    card.withDelta(getTranslation("kpi.delta.other-scale", change.regulation(), compared),
                            KpiCard.Trend.FLAT, true);
                    return true;
                }).orElse(false);
    }

    private void plainCountDelta(KpiCard card, long current, long previous, boolean upIsGood) {
        if (year() < firstYear) {
            return;
        }
        long change = current - previous;
        KpiCard.Trend trend = change > 0 ? KpiCard.Trend.UP : change < 0 ? KpiCard.Trend.DOWN : KpiCard.Trend.FLAT;
        String signed = (change > 0 ? "+" : change < 0 ? "−" : "±") + Formats.number(Math.abs(change), getLocale());
        card.withDelta(getTranslation(comparedWithPredecessors() ? "kpi.delta.lineage" : "kpi.delta", signed,
                compareYear()), trend, (change > 0) == upIsGood);
    }

    /**
     * The change of a share of members rated well or better, in percentage points, e.g. "+0,52 điểm % so với 2016";
     * across a change of scale "new scale" instead.
     */
    protected void shareDelta(KpiCard card, double current, Double previous, List<ScaleChange> scaleChanges) {
        if (previous == null || year() < firstYear || newScale(card, scaleChanges)) {
            return;
        }
        double points = Math.round((current - previous) * 10_000) / 100.0;
        KpiCard.Trend trend = points > 0 ? KpiCard.Trend.UP : points < 0 ? KpiCard.Trend.DOWN : KpiCard.Trend.FLAT;
        String signed = (points > 0 ? "+" : points < 0 ? "−" : "±") + Formats.decimal(Math.abs(points), getLocale());
        card.withDelta(getTranslation(comparedWithPredecessors() ? "kpi.delta.points.lineage" : "kpi.delta.points",
                signed, compareYear()), trend, points > 0);
    }

    /**
     * The drill-down path to a unit's page: a link to each unit above it (the root's overview, a district's page, an
     * organization's page) and the unit's own name.
     */
    protected void breadcrumb(List<Unit> above, Unit unit) {
        Breadcrumb trail = new Breadcrumb();
        for (Unit step : above) {
            if (step.parentId() == null) {
                trail.link(step.name(), OverviewView.class, RouteParameters.empty(), parameters.yearOnly());
            } else if (step.level() == UnitLevel.GRASSROOTS) {
                trail.link(step.name(), WardView.class, new RouteParameters(WardView.CODE, step.code()),
                        parameters.yearOnly());
            } else {
                trail.link(step.name(), DistrictView.class, new RouteParameters(DistrictView.CODE, step.code()),
                        parameters.yearOnly());
            }
        }
        add(trail.current(unit.name()));
    }

    /** Opens the page of the unit a chart item or table row names by its code: a district's, or an organization's. */
    protected void goToUnit(String code) {
        Optional<Unit> unit = frames.unitByCode(code);
        if (unit.isPresent() && unit.get().level() == UnitLevel.DISTRICT) {
            UI.getCurrent().navigate(DistrictView.class, new RouteParameters(DistrictView.CODE, code),
                    parameters.yearOnly());
        } else {
            goToWard(code);
        }
    }

    protected void goToWard(String code) {
        UI.getCurrent().navigate(WardView.class, new RouteParameters(WardView.CODE, code), parameters.yearOnly());
    }

    protected void goToCell(Unit cell) {
        UI.getCurrent().navigate(CellView.class, new RouteParameters(CellView.ID, String.valueOf(cell.id())),
                parameters.yearOnly());
    }

    protected void goToCellByCode(String code) {
        frames.unitByCode(code).ifPresent(this::goToCell);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
