package vn.binhthuy.partybuilding.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.base.ui.MainLayout;

/**
 * Shown when a service refuses data outside the user's scope (e.g. a secretary opening another ward's link):
 * a plain "not allowed", no figures, and an audit entry.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    private final AuditLog audit;

    public AccessDeniedView(AuditLog audit) {
        this.audit = audit;
        addClassName("dashboard");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        Paragraph message = new Paragraph(getTranslation("access-denied.message"));
        message.setId("access-denied-message");
        add(new H2(getTranslation("access-denied.title")), message, new Anchor(".", getTranslation("not-found.back")));
        audit.record(AuditAction.ACCESS_DENIED, "PAGE", null, "/" + event.getLocation().getPathWithQueryParameters()
                + " - " + parameter.getException().getMessage(), null, null);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
