package vn.binhthuy.partybuilding.audit.ui;

import vn.binhthuy.partybuilding.audit.AuditEvent;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.audit.AuditLog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;


/**
 * The Organization Board's own view of the administrators' work: who created or changed whose account, when, and
 * the account before and after. Administrators manage access but cannot hide a grant from those who own the data.
 */
@Route("access-changes")
@RolesAllowed("ORG_BOARD")
@Menu(title = "nav.access-changes", order = 12, icon = "vaadin:key")
public class AccessChangesView extends Div implements HasDynamicTitle {

    private final Grid<AuditEvent> grid = new Grid<>();

    public AccessChangesView(AuditLog audit) {
        addClassName("dashboard");
        grid.setId("access-changes-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEvent::username).setHeader(getTranslation("access-changes.by")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name()))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEvent::entityId).setHeader(getTranslation("access-changes.account")).setAutoWidth(true);
        grid.addColumn(e -> e.beforeValue() == null ? "–" : e.beforeValue())
                .setHeader(getTranslation("audit.before")).setFlexGrow(1);
        grid.addColumn(e -> e.afterValue() == null ? "–" : e.afterValue())
                .setHeader(getTranslation("audit.after")).setFlexGrow(1);
        grid.setHeight("640px");
        grid.setItems(DataProvider.fromCallbacks(
                query -> audit.accessChanges(query.getOffset(), query.getLimit()).stream(),
                query -> (int) audit.countAccessChanges()));
        add(new H2(getTranslation("access-changes.title")), new Paragraph(getTranslation("access-changes.intro")), grid);
    }

    Grid<AuditEvent> getGrid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access-changes.title");
    }
}
