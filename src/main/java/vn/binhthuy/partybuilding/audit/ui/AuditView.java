package vn.binhthuy.partybuilding.audit.ui;

import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.audit.AuditEvent;
import vn.binhthuy.partybuilding.audit.AuditFilter;
import vn.binhthuy.partybuilding.audit.AuditLog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;

/** The audit log for administrators: newest first, filtered by user, action and dates, loaded page by page. */
@Route("admin/audit")
@RolesAllowed("ADMIN")
@Menu(title = "nav.audit", order = 11, icon = "vaadin:archive")
public class AuditView extends Div implements HasDynamicTitle {

    private final AuditLog audit;
    private final TextField username = new TextField();
    private final Select<String> action = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEvent> grid = new Grid<>();

    public AuditView(AuditLog audit) {
        this.audit = audit;
        addClassName("dashboard");
        username.setId("audit-username");
        username.setLabel(getTranslation("audit.username"));
        username.setValueChangeMode(ValueChangeMode.LAZY);
        username.setClearButtonVisible(true);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        List<String> actions = new ArrayList<>(List.of(""));
        for (AuditAction a : AuditAction.values()) {
            actions.add(a.name());
        }
        action.setItems(actions);
        action.setValue("");
        action.setItemLabelGenerator(a -> a.isEmpty() ? getTranslation("filter.any") : getTranslation("audit.action." + a));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        Div filters = new Div(username, action, from, to);
        filters.addClassName("filter-bar");

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEvent::username).setHeader(getTranslation("audit.username")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name()))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.entityType() == null ? "" : e.entityType() + " " + e.entityId())
                .setHeader(getTranslation("audit.entity")).setAutoWidth(true);
        grid.addColumn(AuditEvent::summary).setHeader(getTranslation("audit.summary")).setFlexGrow(1);
        grid.addColumn(AuditEvent::remoteAddress).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(e -> {
            Pre before = new Pre(getTranslation("audit.before") + ": " + (e.beforeValue() == null ? "–" : e.beforeValue()));
            Pre after = new Pre(getTranslation("audit.after") + ": " + (e.afterValue() == null ? "–" : e.afterValue()));
            return new Div(before, after);
        }));
        grid.setHeight("640px");
        grid.setItems(DataProvider.fromCallbacks(
                query -> audit.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) audit.count(filter())));
        username.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("audit.title")), filters, grid);
    }

    AuditFilter filter() {
        return new AuditFilter(username.getValue().trim(),
                action.getValue() == null || action.getValue().isEmpty() ? null : AuditAction.valueOf(action.getValue()),
                from.getValue(), to.getValue());
    }

    Grid<AuditEvent> getGrid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
