package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.indicators.IndicatorGroup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouteConfiguration;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.base.i18n.Messages;
import vn.binhthuy.partybuilding.base.ui.KpiCard;
import vn.binhthuy.partybuilding.base.ui.LinkList;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.classification.ExcellentShareBreach;
import vn.binhthuy.partybuilding.classification.RatingLevel;
import vn.binhthuy.partybuilding.classification.ScaleChange;
import vn.binhthuy.partybuilding.export.Briefing;
import vn.binhthuy.partybuilding.indicators.Indicator;
import vn.binhthuy.partybuilding.remediation.RemediationSummary;
import vn.binhthuy.partybuilding.reviews.ReviewSummary;
import vn.binhthuy.partybuilding.units.Committee;
import vn.binhthuy.partybuilding.units.UnitKind;
import vn.binhthuy.partybuilding.units.UnitLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The overview of a subtree, the root's ({@link OverviewView}) or a district's ({@link DistrictView}): the year's
 * headline figures and the three chart families per unit below it — per grassroots organization, or per district on
 * a province's overview.
 */
abstract class SubtreeOverview extends DashboardPage {

    protected final OverviewPageService pages;

    protected SubtreeOverview(OverviewPageService pages, PageFrames frames, ViewExports exports) {
        super(frames, exports);
        this.pages = pages;
    }

    /** The page of the year for {@link #parameters}; empty when the view forwarded or rerouted instead. */
    protected abstract Optional<OverviewPage> load(BeforeEnterEvent event);

    @Override
    protected void render(BeforeEnterEvent event) {
        Optional<OverviewPage> found = load(event);
        if (found.isEmpty()) {
            return;
        }
        OverviewPage page = found.get();
        Locale locale = getLocale();
        Messages t = messages();
        int year = year();
        applyScope(page.scope());
        // a province's overview compares its districts: the per-unit charts' titles say so ("chart.KEY-districts")
        boolean districts = page.scope().comparesDistricts();
        String unitKeySuffix = districts ? "-districts" : "";
        PageScope all = pageScope;
        PageScope perUnit = unitChartScope(all);
        PageScope grouped = withGroup(all);
        // the heading, scope line and PDF name a chosen compared year; the charts, of one year, do not
        pageScope = withChosenCompare(grouped);

        if (!page.above().isEmpty()) {
            breadcrumb(page.above(), page.scope().unit());
        }
        heading(headingWithChosenCompare("overview.title", all.unitName()));
        add(filters());
        kpis(page, locale);
        ruleChecks(page.excellentCap());

        OverviewPage.Classification ratings = page.classification();
        section("section.classification",
                drillCard("chart-organization-levels", ClassificationCharts.organizationLevelsByKind(
                        ratings.organizationScale(), ratings.organizationLevelsByKind(), t, locale, all),
                        this::filterByKind),
                districts
                        ? unitCard("chart-organization-rated", ClassificationCharts.organizationLevelsByDistrict(
                                ratings.organizationScale(), ratings.organizationLevelsByOrganization(), t, locale,
                                perUnit), this::goToUnit)
                        : drillCard("chart-organization-rated", ClassificationCharts.organizationLevelsByOrganization(
                                ratings.organizationScale(), ratings.organizationLevelsByOrganization(), t, locale,
                                all), this::goToUnit),
                unitCard("chart-member-levels", ClassificationCharts.memberLevelsByUnit("member-levels" + unitKeySuffix,
                        ratings.memberScale(), ratings.memberLevelsByOrganization(), t, locale, perUnit),
                        this::goToUnit),
                card("chart-trend", ClassificationCharts.trend(ratings.trend(), true,
                        ratings.organizationScaleChanges(), ratings.trendLineage(), t, all)));

        OverviewPage.Indicators findings = page.indicators();
        List<Indicator> shownIndicators = findings.shown();
        List<String> heatmapKey = shownIndicators.stream().map(i -> IndicatorCharts.title(i, locale)).toList();
        section("section.indicators",
                drillCard("chart-indicators-top", IndicatorCharts.topIndicators("indicators-top",
                        findings.top(), t, locale, grouped),
                        code -> UI.getCurrent().navigate(IndicatorsView.class,
                        parameters.yearOnly().merging(IndicatorsView.INDICATOR, code))),
                unitCard("chart-indicator-groups", IndicatorCharts.groupsByUnit("indicator-groups" + unitKeySuffix,
                        findings.groupsByOrganization(), t, perUnit), this::goToUnit),
                drillCard("chart-heatmap", IndicatorCharts.heatmap("heatmap" + unitKeySuffix,
                        findings.heatmap(), shownIndicators, t,
                        locale, grouped), this::goToUnit).wide()
                        .withKey(getTranslation("chart.heatmap.key"), heatmapKey));
        // the briefing carries the same key: a printed heatmap's columns are only codes
        forBriefing(new Briefing.Notes(getTranslation("chart.heatmap.key"), heatmapKey));

        section("section.remediation",
                unitCard("chart-plan-status", RemediationCharts.statusByUnit("plan-status" + unitKeySuffix,
                        page.remediation().statusByOrganization(), t, perUnit), this::goToUnit),
                card("chart-progress", RemediationCharts.monthlyProgress(
                        page.remediation().monthlyProgress(), t, all)));

        ScorecardGrid organizations = new ScorecardGrid("organization-table", page.organizations(),
                ratings.organizationScale(), locale, row -> goToUnit(row.unitCode()));
        String tableTitle = districts ? "section.districts" : "section.organizations";
        section(tableTitle, organizations).addClassName("wide");
        forBriefing(organizations.asTable(getTranslation(tableTitle)));
    }

    private Div filters() {
        Select<String> kind = new Select<>();
        kind.setId("filter-kind");
        kind.setLabel(getTranslation("filter.kind"));
        List<UnitKind> kinds = frame.organizationKinds();
        Map<String, String> kindNames = kinds.stream().collect(Collectors.toMap(UnitKind::code, k -> k.name(getLocale())));
        List<String> kindItems = new ArrayList<>();
        kindItems.add("");
        kinds.forEach(k -> kindItems.add(k.code()));
        kind.setItems(kindItems);
        kind.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("filter.kind.all") : kindNames.get(code));
        kind.setValue(parameters.kind() == null ? "" : parameters.kind());
        kind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filterByKind(e.getValue().isEmpty() ? null : e.getValue());
            }
        });

        Select<String> group = new Select<>();
        group.setId("filter-group");
        group.setLabel(getTranslation("filter.group"));
        group.setItems(Stream.concat(Stream.of(""), IndicatorGroup.codes().stream()).toList());
        group.setItemLabelGenerator(g -> g.isEmpty() ? getTranslation("filter.group.all")
                : getTranslation("indicator.group." + g));
        group.setValue(parameters.group() == null ? "" : parameters.group());
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(parameters.withGroup(e.getValue().isEmpty() ? null : e.getValue()).query());
            }
        });
        Div bar = new Div(kind, group, compareSelect(false));
        bar.add(displayControls());
        bar.addClassName("filter-bar");
        return bar;
    }

    @Override
    protected boolean choosesComparedYear() {
        return true;
    }

    private void filterByKind(String kind) {
        navigate(parameters.withKind(kind).query());
    }

    /** This page (the root's or the district's) with other filters. */
    private void navigate(QueryParameters query) {
        UI.getCurrent().navigate(UI.getCurrent().getInternals().getActiveViewLocation().getPath(), query);
    }

    private void kpis(OverviewPage page, Locale locale) {
        ClassificationSummary summary = page.kpis().summary();
        ClassificationSummary previous = page.kpis().compared();
        RemediationSummary plans = page.kpis().plans();
        ReviewSummary reviewSummary = page.kpis().reviews();
        List<RatingLevel> organizationScale = page.classification().organizationScale();
        List<ScaleChange> organizationScaleChanges = page.classification().organizationScaleChanges();
        List<ScaleChange> memberScaleChanges = page.classification().memberScaleChanges();
        String topLevelName = organizationScale.isEmpty() ? "" : organizationScale.getFirst().name(locale);
        String topDetail = summary.exemplaryOrganizations() > 0
                ? topLevelName + "; " + getTranslation("kpi.top-level.exemplary", summary.exemplaryOrganizations())
                : getTranslation("kpi.top-level.detail", topLevelName);

        KpiCard organizations = new KpiCard("kpi-organizations-rated", getTranslation("kpi.organizations-rated"),
                Formats.number(summary.organizationsRated(), locale), getTranslation("kpi.organizations-rated.detail"));
        KpiCard topLevel = new KpiCard("kpi-top-level", getTranslation("kpi.top-level"),
                Formats.number(summary.topLevelOrganizations(), locale), topDetail);
        countDelta(topLevel, summary.topLevelOrganizations(),
                previous == null ? null : previous.topLevelOrganizations(), true, organizationScaleChanges);
        continuing(page.scope().unit().name(), page.scope().unit().validFromYear(), page.classification().trendLineage());
        KpiCard members = membersRatedKpi(summary, previous, locale);
        KpiCard good = membersGoodKpi(summary, previous, memberScaleChanges, locale);
        KpiCard overdue = new KpiCard("kpi-plans-overdue", getTranslation("kpi.plans-overdue"),
                Formats.number(plans.overdue(), locale), getTranslation("kpi.plans-overdue.detail", plans.plans()));
        KpiCard delegations = new KpiCard("kpi-reviews", getTranslation("kpi.reviews", committeeKind(page)),
                Formats.number(reviewSummary.ledCollectives() + reviewSummary.ledIndividuals(), locale),
                getTranslation("kpi.reviews.detail", reviewSummary.ledCollectives(), reviewSummary.ledIndividuals(),
                        reviewSummary.attendedCollectives(), reviewSummary.attendedIndividuals()));
        kpiRow(organizations, topLevel, members, good, overdue, delegations);
    }

    /**
     * "Quận ủy" on a district's page, "Tỉnh ủy" on a province's: the committee of the unit shown, or of the nearest
     * unit above it (a secretary's page is narrowed to their organization).
     */
    private String committeeKind(OverviewPage page) {
        List<vn.binhthuy.partybuilding.units.Unit> chain = new ArrayList<>(page.above());
        chain.add(page.scope().unit());
        return chain.reversed().stream().map(Committee::of).flatMap(Optional::stream).findFirst()
                .map(c -> getTranslation("committee.kind." + c.kind().key()))
                .orElseGet(() -> getTranslation("committee.kind.none"));
    }

    /**
     * The rules worth checking: the 20% cap on excellent grades. A district's or the demo's overview names each
     * organization over the cap; a province's, comparing districts, how many of each district's are (hundreds of
     * lines would be read by nobody), each leading to the district's page, which names them.
     */
    private void ruleChecks(OverviewPage.ExcellentCap cap) {
        List<LinkList.Link> links = new ArrayList<>();
        cap.byDistrict().forEach(district -> links.add(new LinkList.Link(getTranslation(
                "rules.excellent-cap.district-item", district.unitName(), district.organizations()),
                district.unitLevel() == UnitLevel.DISTRICT ? href(DistrictView.class, DistrictView.CODE, district.unitCode())
                        : href(WardView.class, WardView.CODE, district.unitCode()))));
        for (ExcellentShareBreach breach : cap.organizations()) {
            links.add(new LinkList.Link(getTranslation("rules.excellent-cap.item", breach.unitName(),
                    Formats.percent(breach.excellentShare(), getLocale()), breach.excellent(), breach.good()),
                    href(WardView.class, WardView.CODE, breach.unitCode())));
        }
        if (links.isEmpty()) {
            return;
        }
        int capPercent = cap.byDistrict().isEmpty() ? cap.organizations().getFirst().capPercent()
                : cap.byDistrict().getFirst().capPercent();
        Div checks = new Div();
        checks.setId("rule-checks");
        checks.addClassName("rule-checks");
        String title = getTranslation("rules.excellent-cap", capPercent);
        checks.add(new Span(title));
        // links, reachable with Tab and openable in a new tab, sent as one element: a province has a hundred lines
        checks.add(new LinkList("rule-check-item", links));
        add(checks);
        forBriefing(new Briefing.Notes(title, links.stream().map(LinkList.Link::text).toList()));
    }

    /** The address of a unit's page for the year shown, as a RouterLink would write it. */
    private String href(Class<? extends Component> view, String parameter, String code) {
        return RouteConfiguration.forSessionScope().getUrl(view, new RouteParameters(parameter, code))
                + "?" + parameters.yearOnly().getQueryString();
    }
}
