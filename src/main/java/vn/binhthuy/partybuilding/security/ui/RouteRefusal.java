package vn.binhthuy.partybuilding.security.ui;

import vn.binhthuy.partybuilding.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Vaadin's refusal of a route the user's roles do not allow (an administrator opening party pages, leadership or a
 * secretary opening the Organization Board's): audited with the user, the route and the reason, then shown as
 * "page not found" like Vaadin's own handler does, so the answer does not tell that the page exists.
 */
@Tag(Tag.DIV)
@AnonymousAllowed
public class RouteRefusal extends Component implements HasErrorParameter<AccessDeniedException> {

    private final AuditLog audit;
    private final CurrentUser currentUser;

    public RouteRefusal(AuditLog audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String path = event.getLocation().getPath();
        audit.record(AuditAction.ACCESS_DENIED, "ROUTE", path.length() <= 64 ? path : path.substring(0, 64),
                "/" + event.getLocation().getPathWithQueryParameters() + " - " + reason(event, path), null, null);
        event.rerouteToError(NotFoundException.class);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    private String reason(BeforeEnterEvent event, String path) {
        String held = currentUser.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        Optional<RolesAllowed> required = event.getSource().getRegistry().getNavigationTarget(path)
                .map(target -> target.getAnnotation(RolesAllowed.class));
        return required.map(r -> "requires one of [" + String.join(", ", Arrays.stream(r.value()).sorted().toList())
                        + "], holds [" + held + "]")
                .orElse("not allowed for [" + held + "]");
    }
}
