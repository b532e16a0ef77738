package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.binhthuy.partybuilding.security.Role;
import com.vaadin.flow.router.RouteParameters;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.base.i18n.Messages;
import vn.binhthuy.partybuilding.base.ui.Breadcrumb;
import vn.binhthuy.partybuilding.base.ui.KpiCard;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.classification.LevelCount;
import vn.binhthuy.partybuilding.classification.MemberRatingEntry;
import vn.binhthuy.partybuilding.classification.MemberRatingService;
import vn.binhthuy.partybuilding.classification.RatingLevel;
import vn.binhthuy.partybuilding.classification.RatingSubject;
import vn.binhthuy.partybuilding.classification.ui.MemberRatingEditor;
import vn.binhthuy.partybuilding.indicators.FindingEntry;
import vn.binhthuy.partybuilding.indicators.FindingService;
import vn.binhthuy.partybuilding.indicators.IndicatorFrequency;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.indicators.ui.FindingEditor;
import vn.binhthuy.partybuilding.members.MemberTransfers;
import vn.binhthuy.partybuilding.members.ui.TransferDialog;
import vn.binhthuy.partybuilding.remediation.PlanFilter;
import vn.binhthuy.partybuilding.remediation.PlanListItem;
import vn.binhthuy.partybuilding.remediation.PlanSort;
import vn.binhthuy.partybuilding.remediation.ui.PlanColumns;
import vn.binhthuy.partybuilding.remediation.ui.PlanCreateDialog;
import vn.binhthuy.partybuilding.remediation.ui.PlanEditors;
import vn.binhthuy.partybuilding.remediation.RemediationService;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One party cell (or a grassroots organization that is itself a cell): how its members were rated, which
 * manifestations were found, and its plans. Members appear only as counts; their names are for the roles that
 * need them (see the access-control work). URL: /cell/{id}?year=2017.
 */
@Route("cell/:" + CellView.ID)
@RolesAllowed({Role.Names.LEADERSHIP, Role.Names.ORG_BOARD, Role.Names.SECRETARY})
public class CellView extends DashboardPage {

    static final String ID = "id";
    private static final int MAX_PLANS = 200;

    private final IndicatorService indicators;
    private final RemediationService remediation;
    private final MemberRatingService memberRatings;
    private final FindingService findings;
    private final PlanEditors planEditors;
    private final MemberTransfers transfers;
    private Unit cell;

    public CellView(ClassificationService classification, IndicatorService indicators, RemediationService remediation,
                    UnitService units, MemberRatingService memberRatings, FindingService findings,
                    PlanEditors planEditors, MemberTransfers transfers, ViewExports exports) {
        super(classification, units, exports);
        this.indicators = indicators;
        this.remediation = remediation;
        this.memberRatings = memberRatings;
        this.findings = findings;
        this.planEditors = planEditors;
        this.transfers = transfers;
    }

    @Override
    protected void render(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get(ID).orElse("");
        Optional<Unit> found = parseId(raw).flatMap(units::byId)
                .filter(units::holdsMembers);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("cell.not-found", raw));
            return;
        }
        cell = found.get();
        Unit organization = units.organizationOf(cell).orElseThrow();
        Unit district = units.district().orElseThrow();
        Locale locale = getLocale();
        Messages t = messages();
        int year = year();
        String name = cell.name();
        applyScope(cell, cell.name());
        PageScope shown = pageScope;

        Breadcrumb breadcrumb = new Breadcrumb()
                .link(district.name(), OverviewView.class, RouteParameters.empty(), parameters.yearOnly());
        if (organization.id() != cell.id()) {
            breadcrumb.link(organization.name(), WardView.class,
                    new RouteParameters(WardView.CODE, organization.code()), parameters.yearOnly());
        }
        add(breadcrumb.current(name));
        heading(getTranslation("cell.title", name, year));

        List<LevelCount> levels = classification.memberLevelsOfUnit(year, cell.id());
        List<IndicatorFrequency> frequencies = indicators.frequenciesOfUnit(year, cell.id());
        PlanFilter plansOfCell = PlanFilter.ofYear(year).withUnit(cell.id());
        long planCount = remediation.countPlans(plansOfCell);
        long overdue = remediation.countPlans(plansOfCell.withOverdueOnly(true));
        ClassificationSummary members = classification.memberSummaryOfUnit(year, cell.id());
        kpiRow(new KpiCard("kpi-members-rated", getTranslation("kpi.members-rated"),
                        Formats.number(members.membersRated(), locale), getTranslation("kpi.members-rated.detail")),
                new KpiCard("kpi-members-good", getTranslation("kpi.members-good"),
                        members.membersRated() == 0 ? "–" : Formats.percent(members.goodShare(), locale),
                        getTranslation("kpi.members-good.detail", members.membersGood())),
                new KpiCard("kpi-findings", getTranslation("kpi.findings"),
                        Formats.number(frequencies.stream().mapToLong(IndicatorFrequency::findings).sum(), locale),
                        getTranslation("kpi.findings.detail")),
                new KpiCard("kpi-plans-overdue", getTranslation("kpi.plans-overdue"), Formats.number(overdue, locale),
                        getTranslation("kpi.plans-overdue.detail", planCount)));

        section("section.cell-figures",
                card("chart-member-levels-unit", ClassificationCharts.memberLevelsPie(
                        classification.scale(RatingSubject.MEMBER, year), levels, t, locale, shown)),
                card("chart-indicators-unit", IndicatorCharts.frequencies("indicators-unit", frequencies, t, shown)));
        Div plansSection = section("section.plans", plans(remediation.findPlans(plansOfCell, PlanSort.DEADLINE, true, 0,
                MAX_PLANS), locale));
        if (planEditors.mayCreate(cell.id())) {
            Button create = new Button(getTranslation("plan.create"), e -> {
                PlanCreateDialog dialog = planEditors.newPlan(year, cell.id(),
                        memberRatings.entries(year, cell.id()), indicators.catalog(), locale,
                        () -> UI.getCurrent().refreshCurrentRoute(false));
                add(dialog);
                dialog.open();
            });
            create.setId("plan-create");
            create.addClassName("section-action");
            plansSection.add(create);
        }
        if (memberRatings.mayEdit(cell.id())) {
            section("section.members", members(locale));
        }
        if (findings.mayEdit(cell.id())) {
            section("section.findings", findingList(locale));
        }
    }

    /** The findings of the cell, for those who maintain the data: add one, or remove one recorded by mistake. */
    private Div findingList(Locale locale) {
        int year = year();
        Grid<FindingEntry> grid = new Grid<>();
        grid.setId("findings");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(FindingEntry::indicatorCode).setHeader(getTranslation("indicator.code")).setAutoWidth(true);
        grid.addColumn(f -> f.memberId() == null ? getTranslation("finding.collective")
                        : f.memberName() == null ? f.memberCode() : f.memberCode() + " · " + f.memberName())
                .setHeader(getTranslation("finding.subject")).setFlexGrow(1);
        grid.addColumn(f -> getTranslation("finding.degree." + f.degree())).setHeader(getTranslation("finding.degree"))
                .setAutoWidth(true);
        grid.addColumn(f -> getTranslation("finding.source." + f.source())).setHeader(getTranslation("finding.source"))
                .setAutoWidth(true);
        grid.addColumn(f -> Formats.date(f.foundOn(), locale)).setHeader(getTranslation("finding.date")).setAutoWidth(true);
        grid.addComponentColumn(f -> {
            Button remove = new Button(
                    getTranslation("finding.delete"), e -> {
                        findings.delete(f.id());
                        grid.setItems(findings.ofUnit(year, cell.id()));
                    });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY,
                    ButtonVariant.LUMO_ERROR,
                    ButtonVariant.LUMO_SMALL);
            return remove;
        }).setAutoWidth(true);
        grid.setItems(findings.ofUnit(year, cell.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("finding.none"));
        Button add = new Button(
                getTranslation("finding.add"), e -> {
                    FindingEditor editor = new FindingEditor(findings, year, cell.id(),
                            memberRatings.entries(year, cell.id()), indicators.catalog(), locale,
                            () -> grid.setItems(findings.ofUnit(year, cell.id())));
                    add(editor);
                    editor.open();
                });
        add.setId("finding-add");
        return new Div(add, grid);
    }

    /** The members of the cell with their rating, for those who maintain the data; a row opens the editor. */
    private Grid<MemberRatingEntry> members(Locale locale) {
        int year = year();
        List<RatingLevel> scale = classification.scale(RatingSubject.MEMBER, year);
        Grid<MemberRatingEntry> grid = new Grid<>();
        grid.setId("member-ratings");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MemberRatingEntry::memberCode).setHeader(getTranslation("rating.member-code")).setAutoWidth(true);
        grid.addColumn(e -> e.fullName() == null ? "" : e.fullName()).setHeader(getTranslation("rating.member-name"))
                .setFlexGrow(1);
        grid.addColumn(e -> scale.stream().filter(l -> l.code().equals(e.levelCode())).findFirst()
                        .map(l -> l.name(locale)).orElse(getTranslation("rating.not-rated")))
                .setHeader(getTranslation("rating.level")).setAutoWidth(true);
        Grid.Column<MemberRatingEntry> actions = null;
        if (transfers.mayTransferFrom(cell.id())) {
            boolean anywhereToGo = !transfers.destinations(cell.id()).isEmpty();
            actions = grid.addComponentColumn(entry -> {
                Button move = new Button(getTranslation("transfer.action"), e -> {
                    TransferDialog dialog = new TransferDialog(transfers, entry.memberId(), entry.memberCode(),
                            entry.fullName(), cell.id(), locale,
                            () -> grid.setItems(memberRatings.entries(year, cell.id())));
                    add(dialog);
                    dialog.open();
                });
                move.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                move.setEnabled(anywhereToGo);
                return move;
            }).setAutoWidth(true);
        }
        Grid.Column<MemberRatingEntry> actionColumn = actions;
        grid.setItems(memberRatings.entries(year, cell.id()));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> {
            if (e.getColumn() != null && e.getColumn() == actionColumn) {
                return;
            }
            MemberRatingEditor editor = new MemberRatingEditor(memberRatings, year, e.getItem(), scale, locale,
                    () -> grid.setItems(memberRatings.entries(year, cell.id())));
            add(editor);
            editor.open();
        });
        return grid;
    }

    private static Optional<Long> parseId(String raw) {
        try {
            return Optional.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Grid<PlanListItem> plans(List<PlanListItem> rows, Locale locale) {
        Grid<PlanListItem> grid = new Grid<>();
        grid.setId("plans");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        PlanColumns.addTo(grid, locale, false);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("plans.none"));
        return grid;
    }

    Unit getCell() {
        return cell;
    }
}
