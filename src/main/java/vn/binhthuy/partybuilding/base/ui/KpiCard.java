package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A headline figure: a label, the value, a line of detail and, optionally, the change since the previous year. */
public class KpiCard extends Div {

    public enum Trend { UP, DOWN, FLAT }

    private final String label;
    private final Span value = new Span();
    private final Span detail = new Span();
    private final Span delta = new Span();

    public KpiCard(String id, String label, String value, String detail) {
        setId(id);
        this.label = label;
        addClassName("kpi-card");
        Span labelSpan = new Span(label);
        labelSpan.addClassName("kpi-label");
        this.value.addClassName("kpi-value");
        this.value.setText(value);
        this.detail.addClassName("kpi-detail");
        this.detail.setText(detail);
        delta.addClassName("kpi-delta");
        delta.setVisible(false);
        add(labelSpan, this.value, this.detail, delta);
    }

    /** Shows the change since the previous year; good tells whether this direction is good news. */
    public KpiCard withDelta(String text, Trend trend, boolean good) {
        delta.setText(text);
        delta.setVisible(true);
        delta.getElement().setAttribute("data-trend", trend.name().toLowerCase());
        delta.addClassName(trend == Trend.FLAT ? "flat" : good ? "good" : "bad");
        return this;
    }

    public String getLabel() {
        return label;
    }

    public String getValue() {
        return value.getText();
    }

    public String getDetail() {
        return detail.getText();
    }

    public String getDelta() {
        return delta.isVisible() ? delta.getText() : "";
    }
}
