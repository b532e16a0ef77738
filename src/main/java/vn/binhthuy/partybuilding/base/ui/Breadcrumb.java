package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** The drill-down path (Quận › Phường › Chi bộ); every step but the last is a link that keeps the filters. */
public class Breadcrumb extends Nav {

    public Breadcrumb() {
        addClassName("breadcrumb");
        getElement().setAttribute("aria-label", "breadcrumb");
    }

    public Breadcrumb link(String text, Class<? extends Component> target, RouteParameters parameters,
                           QueryParameters query) {
        separatorIfNeeded();
        RouterLink link = new RouterLink(target, parameters);
        link.setText(text);
        link.setQueryParameters(query);
        add(link);
        return this;
    }

    public Breadcrumb current(String text) {
        separatorIfNeeded();
        Span span = new Span(text);
        span.getElement().setAttribute("aria-current", "page");
        add(span);
        return this;
    }

    private void separatorIfNeeded() {
        if (getComponentCount() > 0) {
            Span separator = new Span("›");
            separator.addClassName("breadcrumb-separator");
            separator.getElement().setAttribute("aria-hidden", "true");
            add(separator);
        }
    }
}
