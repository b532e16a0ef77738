package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A headline figure: a label, the value, and a line of detail. */
public class KpiCard extends Div {

    private final Span value = new Span();
    private final Span detail = new Span();

    public KpiCard(String id, String label, String value, String detail) {
        setId(id);
        addClassName("kpi-card");
        Span labelSpan = new Span(label);
        labelSpan.addClassName("kpi-label");
        this.value.addClassName("kpi-value");
        this.value.setText(value);
        this.detail.addClassName("kpi-detail");
        this.detail.setText(detail);
        add(labelSpan, this.value, this.detail);
    }

    public String getValue() {
        return value.getText();
    }

    public String getDetail() {
        return detail.getText();
    }
}
