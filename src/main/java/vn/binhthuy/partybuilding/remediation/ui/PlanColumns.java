package vn.binhthuy.partybuilding.remediation.ui;

import com.vaadin.flow.component.grid.Grid;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.remediation.PlanListItem;
import vn.binhthuy.partybuilding.remediation.PlanSort;

import java.util.Locale;

/** The columns of a plan grid, shared by the cell view and the remediation view. */
public final class PlanColumns {

    private PlanColumns() {
    }

    public static void addTo(Grid<PlanListItem> grid, Locale locale, boolean withOrganization) {
        if (withOrganization) {
            grid.addColumn(PlanListItem::organizationName).setHeader(grid.getTranslation("plan.organization"))
                    .setKey(PlanSort.ORGANIZATION.name()).setSortable(true).setAutoWidth(true);
        }
        grid.addColumn(PlanListItem::unitName).setHeader(grid.getTranslation("plan.unit")).setFlexGrow(1);
        grid.addColumn(p -> grid.getTranslation(p.individual() ? "plan.owner.individual" : "plan.owner.collective"))
                .setHeader(grid.getTranslation("plan.owner")).setAutoWidth(true);
        grid.addColumn(p -> grid.getTranslation("plan.source." + p.source().name()))
                .setHeader(grid.getTranslation("plan.source")).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.deadline(), locale)).setHeader(grid.getTranslation("plan.deadline"))
                .setKey(PlanSort.DEADLINE.name()).setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> grid.getTranslation("plan.status." + p.status().name())
                        + (p.overdue() ? " · " + grid.getTranslation("plan.overdue") : ""))
                .setHeader(grid.getTranslation("plan.status")).setKey(PlanSort.STATUS.name()).setSortable(true)
                .setAutoWidth(true).setPartNameGenerator(p -> p.overdue() ? "overdue" : null);
        grid.addColumn(p -> p.lastPercent() == null ? "" : p.lastPercent() + "%")
                .setHeader(grid.getTranslation("plan.progress")).setAutoWidth(true);
        grid.addColumn(p -> p.verificationResult() == null ? ""
                        : grid.getTranslation("plan.verification." + p.verificationResult().name()))
                .setHeader(grid.getTranslation("plan.verification")).setAutoWidth(true);
    }
}
