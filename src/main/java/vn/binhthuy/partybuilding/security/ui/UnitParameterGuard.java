package vn.binhthuy.partybuilding.security.ui;

import vn.binhthuy.partybuilding.security.AccessGuard;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A query parameter naming a unit outside the user's reach (a secretary's {@code /remediation?organization=p-tra-noc}, a
 * district leader's organization of another district)
 * is refused out loud, for every view at once: audited, the user told, and the page opened without it. Views then
 * only ever see units the user may read, so none can narrow such a request silently. A route the user may not open
 * at all is left to Vaadin's refusal ({@link RouteRefusal}), which audits it once; the parameter is not judged then.
 */
@Component
class UnitParameterGuard implements VaadinServiceInitListener {

    /** The query parameters through which views name a unit, by code (or a cell by id). */
    static final Set<String> UNIT_PARAMETERS = Set.of("organization", "unit", "cell");

    private final AccessGuard guard;
    private final UnitService units;
    private final AuditLog audit;
    private final ObjectProvider<NavigationAccessControl> accessControl;

    UnitParameterGuard(AccessGuard guard, UnitService units, AuditLog audit,
                       ObjectProvider<NavigationAccessControl> accessControl) {
        this.guard = guard;
        this.units = units;
        this.audit = audit;
        this.accessControl = accessControl;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (!confined() || !routeAllowed(event)) {
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Map<String, List<String>> kept = new HashMap<>(parameters);
        for (String name : UNIT_PARAMETERS) {
            for (String value : parameters.getOrDefault(name, List.of())) {
                if (foreign(value)) {
                    kept.remove(name);
                    refuse(event, name, value);
                }
            }
        }
        if (kept.size() < parameters.size()) {
            event.forwardTo(event.getLocation().getPath(), new QueryParameters(kept));
        }
    }

    /**
     * Whether the user is about to see the route they asked for: Vaadin's access control lets them open it (else it
     * refuses and audits it), and this is not the error view shown instead (which still carries the refused URL).
     */
    private boolean routeAllowed(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != null && HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget())) {
            return false;
        }
        NavigationAccessControl control = accessControl.getIfAvailable();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (control == null || !control.isEnabled() || request == null || event.getNavigationTarget() == null) {
            return true;
        }
        NavigationContext context = new NavigationContext(event, request.getUserPrincipal(), request::isUserInRole);
        return control.checkAccess(context, event.getUI().getSession().getConfiguration().isProductionMode())
                .decision() == AccessCheckDecision.ALLOW;
    }

    private boolean confined() {
        try {
            return guard.confined();
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    /** A unit outside what the user may read: another organization for a secretary, another district for a leader. */
    private boolean foreign(String value) {
        Optional<Unit> unit = units.byCode(value);
        if (unit.isEmpty() && value.matches("\\d{1,18}")) {
            unit = units.byId(Long.parseLong(value));
        }
        return unit.map(u -> !guard.mayRead(u.id())).orElse(false);
    }

    private void refuse(BeforeEnterEvent event, String name, String value) {
        audit.record(AuditAction.ACCESS_DENIED, "PARAMETER", name + "=" + truncate(value),
                "/" + event.getLocation().getPathWithQueryParameters() + " - " + name + " of another organization",
                null, null);
        Notification notification = new Notification(event.getUI().getTranslation("access-denied.parameter", name,
                truncate(value)), 6000, Notification.Position.TOP_CENTER);
        notification.setId("access-denied-parameter");
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }

    private static String truncate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40);
    }
}
