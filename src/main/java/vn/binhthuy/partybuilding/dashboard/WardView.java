package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.classification.ui.OrganizationRatingEditor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.binhthuy.partybuilding.security.Role;
import com.vaadin.flow.router.RouteParameters;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.base.i18n.Messages;
import vn.binhthuy.partybuilding.base.ui.KpiCard;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.classification.OrganizationRating;
import vn.binhthuy.partybuilding.classification.ScaleChange;
import vn.binhthuy.partybuilding.export.Briefing;
import vn.binhthuy.partybuilding.remediation.RemediationSummary;
import vn.binhthuy.partybuilding.reviews.NotebookEntry;
import vn.binhthuy.partybuilding.reviews.ReviewDelegation;
import vn.binhthuy.partybuilding.reviews.ui.ReviewEntryDialog;
import vn.binhthuy.partybuilding.units.Unit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One grassroots organization (a ward party committee, or any other TCCSĐ): the chart families broken down per
 * cell, its review delegations and notebook, and a table of its cells. URL: /ward/{code}?year=2017.
 */
@Route("ward/:" + WardView.CODE)
@RolesAllowed({Role.Names.LEADERSHIP, Role.Names.ORG_BOARD, Role.Names.SECRETARY})
public class WardView extends DashboardPage {

    static final String CODE = "code";

    private final WardPageService pages;
    private final WardEditors editors;
    private Unit organization;
    private List<Unit> cells;

    public WardView(WardPageService pages, WardEditors editors, PageFrames frames, ViewExports exports) {
        super(frames, exports);
        this.pages = pages;
        this.editors = editors;
    }

    @Override
    protected void render(BeforeEnterEvent event) {
        Optional<WardPage> found = event.getRouteParameters().get(CODE).flatMap(code -> pages.load(year(), code, compareYear()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class,
                    getTranslation("ward.not-found", event.getRouteParameters().get(CODE).orElse("")));
            return;
        }
        WardPage page = found.get();
        organization = page.organization();
        cells = page.cells();
        Locale locale = getLocale();
        Messages t = messages();
        int year = year();
        long id = organization.id();
        applyScope(page.scope());
        PageScope shown = pageScope;
        PageScope perUnit = unitChartScope(shown);
        // the scope line and the PDF name a chosen compared year; the charts, of one year, do not
        pageScope = withChosenCompare(shown);
        String name = organization.name();

        breadcrumb(page.above(), organization);
        heading(headingWithChosenCompare("ward.title", name));
        kpis(page, locale);
        Div displayBar = new Div(compareSelect(false));
        displayBar.add(displayControls());
        displayBar.addClassName("filter-bar");
        add(displayBar);

        WardPage.Classification ratings = page.classification();
        section("section.classification",
                unitCard("chart-cell-levels", ClassificationCharts.memberLevelsByUnit("cell-levels",
                        ratings.memberScale(), ratings.memberLevelsByCell(), t, locale, perUnit), this::openCell),
                card("chart-trend", ClassificationCharts.trend(ratings.trend(), false,
                        ratings.memberScaleChanges(), ratings.trendLineage(), t, shown)));
        section("section.indicators",
                drillCard("chart-indicators-top", IndicatorCharts.topIndicators("indicators-top-ward",
                        page.indicators().top(), t, locale, shown), code -> UI.getCurrent().navigate(IndicatorsView.class,
                        parameters.yearOnly().merging(IndicatorsView.INDICATOR, code))),
                unitCard("chart-cell-groups", IndicatorCharts.groupsByUnit("cell-groups",
                        page.indicators().groupsByCell(), t, perUnit), this::openCell));
        section("section.remediation",
                unitCard("chart-cell-plan-status", RemediationCharts.statusByUnit("cell-plan-status",
                        page.remediation().statusByCell(), t, perUnit), this::openCell),
                card("chart-progress", RemediationCharts.monthlyProgress(page.remediation().monthlyProgress(), t,
                        shown)));
        boolean hasCells = page.hasCells();
        // the organization's own row holds its collective findings and plans: named so, it opens those plans
        List<UnitScorecard> cellRows = page.cellScorecards().stream()
                .map(row -> hasCells && row.unitId() == id
                        ? row.named(getTranslation("scorecard.own-row", row.unitName())) : row)
                .toList();
        ScorecardGrid cellTable = new ScorecardGrid("cell-table", cellRows, locale, row -> {
            if (hasCells && row.unitId() == id) {
                UI.getCurrent().navigate(RemediationView.class, parameters.yearOnly()
                        .merging(RemediationView.ORGANIZATION, organization.code()));
            } else {
                openCell(row.unitCode());
            }
        });
        section("section.cells", cellTable);
        forBriefing(cellTable.asTable(getTranslation("section.cells")));
        List<ReviewDelegation> delegationRows = page.reviews().delegations();
        List<NotebookEntry> notebookRows = page.reviews().notebook();
        Grid<ReviewDelegation> delegationGrid = delegations(delegationRows, locale);
        Grid<NotebookEntry> notebookGrid = notebook(notebookRows, locale);
        forBriefing(new Briefing.Table(getTranslation("briefing.delegations"), List.of(getTranslation("review.date"),
                getTranslation("review.participation"), getTranslation("review.subject"), getTranslation("review.head")),
                delegationRows.stream().map(r -> List.of(Formats.date(r.reviewDate(), locale),
                        getTranslation(r.led() ? "review.led" : "review.attended"),
                        getTranslation(r.individual() ? "review.individual" : "review.collective", r.unitName()),
                        r.headName() == null ? "" : r.headName())).toList()));
        forBriefing(new Briefing.Table(getTranslation("briefing.notebook"), List.of(getTranslation("notebook.date"),
                getTranslation("notebook.kind"), getTranslation("notebook.unit"), getTranslation("notebook.content")),
                notebookRows.stream().map(n -> List.of(Formats.date(n.entryDate(), locale),
                        getTranslation(n.strength() ? "notebook.strength" : "notebook.shortcoming"), n.unitName(),
                        n.content())).toList()));
        Div reviewsSection = section("section.reviews", delegationGrid, notebookGrid);
        if (page.permissions().editReviews()) {
            List<Unit> ownUnits = new java.util.ArrayList<>(List.of(organization));
            ownUnits.addAll(cells);
            Runnable refresh = () -> UI.getCurrent().refreshCurrentRoute(false);
            Button addReview = new Button(getTranslation("entry.review.add"), e -> open(editors.delegation(
                    id, year, ownUnits, locale, null, refresh)));
            addReview.setId("add-delegation");
            Button addNote = new Button(getTranslation("entry.notebook.add"), e -> open(editors.notebook(
                    id, ownUnits, locale, null, refresh)));
            addNote.setId("add-notebook-entry");
            delegationGrid.addItemClickListener(e -> open(editors.delegation(
                    id, year, ownUnits, locale, e.getItem(), refresh)));
            notebookGrid.addItemClickListener(e -> open(editors.notebook(
                    id, ownUnits, locale, e.getItem(), refresh)));
            delegationGrid.addClassName("clickable-rows");
            notebookGrid.addClassName("clickable-rows");
            Div actions = new Div(addReview, addNote, new Span(getTranslation("entry.edit.hint")));
            actions.addClassName("filter-bar");
            reviewsSection.add(actions);
        }
    }

    @Override
    protected boolean choosesComparedYear() {
        return true;
    }

    /** Not added to the view: an unattached dialog joins the UI when opened and leaves it when closed. */
    private void open(ReviewEntryDialog dialog) {
        dialog.open();
    }

    /** Cells open the cell view; the organization's own row opens it too when it has no cells (chi bộ cơ sở). */
    private void openCell(String code) {
        if (!code.equals(organization.code())) {
            goToCellByCode(code);
        } else if (cells.isEmpty()) {
            goToCell(organization);
        }
    }

    private void kpis(WardPage page, Locale locale) {
        int year = year();
        ClassificationSummary summary = page.kpis().summary();
        ClassificationSummary previous = page.kpis().previous();
        Optional<OrganizationRating> rating = page.kpis().rating();
        RemediationSummary plans = page.kpis().plans();
        List<ScaleChange> memberScaleChanges = page.classification().memberScaleChanges();

        KpiCard ratingCard = new KpiCard("kpi-organization-rating", getTranslation("kpi.organization-rating"),
                rating.map(r -> r.name(locale)).orElse(getTranslation("kpi.not-rated")),
                rating.filter(OrganizationRating::exemplary).map(r -> getTranslation("kpi.exemplary")).orElse(""));
        ratingCard.addClassName("kpi-text");
        if (page.permissions().editRating()) {
            Button edit = new Button(getTranslation("rating.edit"), VaadinIcon.EDIT.create(), e -> {
                OrganizationRatingEditor editor = editors.rating(year, organization, locale,
                        () -> UI.getCurrent().refreshCurrentRoute(false));
                add(editor);
                editor.open();
            });
            edit.setId("edit-organization-rating");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            ratingCard.add(edit);
        }
        continuing(organization.name(), organization.validFromYear(), page.classification().trendLineage());
        KpiCard members = membersRatedKpi(summary, previous, locale);
        KpiCard good = membersGoodKpi(summary, previous, memberScaleChanges, locale);
        KpiCard violations = new KpiCard("kpi-violations", getTranslation("kpi.violations"),
                Formats.number(page.kpis().membersWithViolations(), locale),
                getTranslation("kpi.violations.detail"));
        KpiCard overdue = new KpiCard("kpi-plans-overdue", getTranslation("kpi.plans-overdue"),
                Formats.number(plans.overdue(), locale), getTranslation("kpi.plans-overdue.detail", plans.plans()));
        kpiRow(ratingCard, members, good, violations, overdue);
    }

    private Grid<ReviewDelegation> delegations(List<ReviewDelegation> rows, Locale locale) {
        Grid<ReviewDelegation> grid = new Grid<>();
        grid.setId("delegations");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> Formats.date(r.reviewDate(), locale)).setHeader(getTranslation("review.date")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.led() ? "review.led" : "review.attended"))
                .setHeader(getTranslation("review.participation")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.individual() ? "review.individual" : "review.collective", r.unitName()))
                .setHeader(getTranslation("review.subject")).setFlexGrow(2);
        grid.addColumn(ReviewDelegation::headName).setHeader(getTranslation("review.head")).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("review.none"));
        return grid;
    }

    private Grid<NotebookEntry> notebook(List<NotebookEntry> rows, Locale locale) {
        Grid<NotebookEntry> grid = new Grid<>();
        grid.setId("notebook");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(n -> Formats.date(n.entryDate(), locale)).setHeader(getTranslation("notebook.date")).setAutoWidth(true);
        grid.addColumn(n -> getTranslation(n.strength() ? "notebook.strength" : "notebook.shortcoming"))
                .setHeader(getTranslation("notebook.kind")).setAutoWidth(true);
        grid.addColumn(NotebookEntry::unitName).setHeader(getTranslation("notebook.unit")).setFlexGrow(1);
        grid.addColumn(NotebookEntry::content).setHeader(getTranslation("notebook.content")).setFlexGrow(3);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("notebook.none"));
        return grid;
    }

    Unit getOrganization() {
        return organization;
    }
}
