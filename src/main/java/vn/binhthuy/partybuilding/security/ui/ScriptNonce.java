package vn.binhthuy.partybuilding.security.ui;

import vn.binhthuy.partybuilding.security.SecurityHeadersFilter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Marks the bootstrap page's own scripts with the response's nonce, the only inline scripts the policy runs. */
@Component
class ScriptNonce implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Object nonce = response.getVaadinRequest().getAttribute(SecurityHeadersFilter.NONCE);
            if (nonce != null) {
                response.getDocument().getElementsByTag("script").attr("nonce", nonce.toString());
            }
        });
    }
}
