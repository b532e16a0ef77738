package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.members.ui.TransferDialog;
import vn.binhthuy.partybuilding.indicators.ui.FindingEditor;
import vn.binhthuy.partybuilding.classification.ui.MemberRatingEditor;
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
import vn.binhthuy.partybuilding.base.ui.KpiCard;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.classification.MemberRatingEntry;
import vn.binhthuy.partybuilding.classification.RatingLevel;
import vn.binhthuy.partybuilding.indicators.FindingEntry;
import vn.binhthuy.partybuilding.remediation.PlanListItem;
import vn.binhthuy.partybuilding.remediation.ui.PlanColumns;
import vn.binhthuy.partybuilding.remediation.ui.PlanCreateDialog;
import vn.binhthuy.partybuilding.units.Unit;

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

    private final CellPageService pages;
    private final CellEditors editors;
    private Unit cell;

    public CellView(CellPageService pages, CellEditors editors, PageFrames frames, ViewExports exports) {
        super(frames, exports);
        this.pages = pages;
        this.editors = editors;
    }

    @Override
    protected void render(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get(ID).orElse("");
        Optional<CellPage> found = parseId(raw).flatMap(id -> pages.load(year(), id));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("cell.not-found", raw));
            return;
        }
        CellPage page = found.get();
        cell = page.cell();
        Unit organization = page.organization();
        Locale locale = getLocale();
        Messages t = messages();
        int year = year();
        String name = cell.name();
        applyScope(cell, cell.name());
        PageScope shown = pageScope;

        breadcrumb(page.above(), cell);
        heading(getTranslation("cell.title", name, year));

        ClassificationSummary members = page.memberSummary();
        kpiRow(new KpiCard("kpi-members-rated", getTranslation("kpi.members-rated"),
                        Formats.number(members.membersRated(), locale), getTranslation("kpi.members-rated.detail")),
                new KpiCard("kpi-members-good", getTranslation("kpi.members-good"),
                        members.membersRated() == 0 ? "–" : Formats.percent(members.goodShare(), locale),
                        getTranslation("kpi.members-good.detail", members.membersGood())),
                new KpiCard("kpi-findings", getTranslation("kpi.findings"),
                        Formats.number(page.findingCount(), locale),
                        getTranslation("kpi.findings.detail")),
                new KpiCard("kpi-plans-overdue", getTranslation("kpi.plans-overdue"),
                        Formats.number(page.plans().overdue(), locale),
                        getTranslation("kpi.plans-overdue.detail", page.plans().count())));

        section("section.cell-figures",
                card("chart-member-levels-unit", ClassificationCharts.memberLevelsPie(
                        page.memberScale(), page.memberLevels(), t, locale, shown)),
                card("chart-indicators-unit", IndicatorCharts.frequencies("indicators-unit", page.frequencies(), t,
                        shown)));
        Div plansSection = section("section.plans", plans(page.plans().list(), locale));
        if (page.permissions().createPlan()) {
            Button create = new Button(getTranslation("plan.create"), e -> {
                PlanCreateDialog dialog = editors.newPlan(year, cell.id(), locale,
                        () -> UI.getCurrent().refreshCurrentRoute(false));
                add(dialog);
                dialog.open();
            });
            create.setId("plan-create");
            create.addClassName("section-action");
            plansSection.add(create);
        }
        if (page.permissions().editRatings()) {
            section("section.members", members(page, locale));
        }
        if (page.permissions().editFindings()) {
            section("section.findings", findingList(page.findings(), locale));
        }
    }

    /** The findings of the cell, for those who maintain the data: add one, or remove one recorded by mistake. */
    private Div findingList(List<FindingEntry> rows, Locale locale) {
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
                        editors.deleteFinding(f.id());
                        grid.setItems(pages.findings(year, cell.id()));
                    });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY,
                    ButtonVariant.LUMO_ERROR,
                    ButtonVariant.LUMO_SMALL);
            return remove;
        }).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("finding.none"));
        Button add = new Button(
                getTranslation("finding.add"), e -> {
                    FindingEditor editor = editors.newFinding(year, cell.id(), locale,
                            () -> grid.setItems(pages.findings(year, cell.id())));
                    add(editor);
                    editor.open();
                });
        add.setId("finding-add");
        return new Div(add, grid);
    }

    /** The members of the cell with their rating, for those who maintain the data; a row opens the editor. */
    private Grid<MemberRatingEntry> members(CellPage page, Locale locale) {
        int year = year();
        List<RatingLevel> scale = page.memberScale();
        Grid<MemberRatingEntry> grid = new Grid<>();
        grid.setId("member-ratings");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MemberRatingEntry::memberCode).setHeader(getTranslation("rating.member-code")).setAutoWidth(true);
        grid.addColumn(e -> e.fullName() == null ? "" : e.fullName()).setHeader(getTranslation("rating.member-name"))
                .setFlexGrow(1);
        grid.addColumn(e -> scale.stream().filter(l -> l.code().equals(e.levelCode())).findFirst()
                        .map(l -> l.name(locale)).orElse(getTranslation("rating.not-rated")))
                .setHeader(getTranslation("rating.level")).setAutoWidth(true);
        Runnable reload = () -> grid.setItems(pages.members(year, cell.id()));
        Grid.Column<MemberRatingEntry> actions = null;
        if (page.permissions().transfer()) {
            boolean anywhereToGo = page.permissions().anywhereToTransfer();
            actions = grid.addComponentColumn(entry -> {
                Button move = new Button(getTranslation("transfer.action"), e -> {
                    TransferDialog dialog = editors.transfer(entry, cell.id(), locale, reload);
                    add(dialog);
                    dialog.open();
                });
                move.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                move.setEnabled(anywhereToGo);
                return move;
            }).setAutoWidth(true);
        }
        Grid.Column<MemberRatingEntry> actionColumn = actions;
        grid.setItems(page.members());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> {
            if (e.getColumn() != null && e.getColumn() == actionColumn) {
                return;
            }
            MemberRatingEditor editor = editors.rating(year, e.getItem(), scale, locale, reload);
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
