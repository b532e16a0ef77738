package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.base.i18n.Messages;
import vn.binhthuy.partybuilding.base.ui.ChartCard;
import vn.binhthuy.partybuilding.base.ui.KpiCard;
import vn.binhthuy.partybuilding.base.ui.MainLayout;
import vn.binhthuy.partybuilding.base.ui.YearParameter;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.classification.RatingLevel;
import vn.binhthuy.partybuilding.classification.RatingSubject;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.remediation.RemediationService;
import vn.binhthuy.partybuilding.remediation.RemediationSummary;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;
import java.util.Locale;

/** The district overview: the year's headline figures and the three chart families per grassroots organization. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.overview", order = 0, icon = "vaadin:dashboard")
public class OverviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int TOP_INDICATORS = 10;

    private final ClassificationService classification;
    private final IndicatorService indicators;
    private final RemediationService remediation;
    private final UnitService units;
    private int year;

    public OverviewView(ClassificationService classification, IndicatorService indicators,
                        RemediationService remediation, UnitService units) {
        this.classification = classification;
        this.indicators = indicators;
        this.remediation = remediation;
        this.units = units;
        addClassName("dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<Integer> years = classification.ratedYears();
        if (years.isEmpty()) {
            add(new Div(getTranslation("overview.no-data")));
            return;
        }
        year = YearParameter.valid(event.getLocation(), years).orElse(years.getLast());
        YearParameter.raw(event.getLocation())
                .filter(raw -> !raw.equals(String.valueOf(year)))
                .ifPresent(raw -> Notification.show(getTranslation("year.invalid", raw, year)));
        render();
    }

    private void render() {
        Locale locale = getLocale();
        Messages t = this::getTranslation;
        Unit district = units.district().orElseThrow();
        String slug = district.code();

        H2 heading = new H2(getTranslation("overview.title", district.name(), year));
        heading.addClassName("dashboard-heading");
        add(heading, kpis(locale));

        ChartCard memberLevels = card("chart-member-levels", ClassificationCharts.memberLevelsByUnit(
                classification.scale(RatingSubject.MEMBER, year), classification.memberLevelsByOrganization(year),
                t, locale, year, slug));
        ChartCard topIndicators = card("chart-indicators-top", IndicatorCharts.topIndicators(
                indicators.topFrequencies(year, TOP_INDICATORS), t, locale, year, slug));
        ChartCard planStatus = card("chart-plan-status", RemediationCharts.statusByUnit(
                remediation.statusByOrganization(year), t, year, slug));
        Div charts = new Div(memberLevels, planStatus, topIndicators.wide());
        charts.addClassName("chart-grid");
        add(charts);
    }

    private Div kpis(Locale locale) {
        ClassificationSummary summary = classification.districtSummary(year);
        RemediationSummary plans = remediation.districtSummary(year);
        List<RatingLevel> organizationScale = classification.scale(RatingSubject.ORGANIZATION, year);
        String topLevelName = organizationScale.isEmpty() ? "" : organizationScale.getFirst().name(locale);
        String topDetail = summary.exemplaryOrganizations() > 0
                ? topLevelName + "; " + getTranslation("kpi.top-level.exemplary", summary.exemplaryOrganizations())
                : getTranslation("kpi.top-level.detail", topLevelName);
        Div row = new Div(
                new KpiCard("kpi-organizations-rated", getTranslation("kpi.organizations-rated"),
                        Formats.number(summary.organizationsRated(), locale),
                        getTranslation("kpi.organizations-rated.detail")),
                new KpiCard("kpi-top-level", getTranslation("kpi.top-level"),
                        Formats.number(summary.topLevelOrganizations(), locale), topDetail),
                new KpiCard("kpi-members-rated", getTranslation("kpi.members-rated"),
                        Formats.number(summary.membersRated(), locale), getTranslation("kpi.members-rated.detail")),
                new KpiCard("kpi-members-good", getTranslation("kpi.members-good"),
                        Formats.percent(summary.goodShare(), locale),
                        getTranslation("kpi.members-good.detail", summary.membersGood())),
                new KpiCard("kpi-plans-overdue", getTranslation("kpi.plans-overdue"),
                        Formats.number(plans.overdue(), locale),
                        getTranslation("kpi.plans-overdue.detail", plans.plans())));
        row.addClassName("kpi-row");
        return row;
    }

    private ChartCard card(String id, ChartModel model) {
        if (model.isEmpty()) {
            return ChartCard.empty(id, getTranslation("chart.empty"));
        }
        ChartCard card = ChartCard.of(id, model.option());
        card.getChart().setHeight(model.height() + "px");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.page-title", year);
    }

    int getYear() {
        return year;
    }
}
