package vn.binhthuy.partybuilding.classification.scales.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.binhthuy.partybuilding.classification.scales.RatingScales;
import vn.binhthuy.partybuilding.classification.scales.RatingScheme;
import vn.binhthuy.partybuilding.classification.scales.SchemeLevel;
import vn.binhthuy.partybuilding.security.Role;

/**
 * The rating scales per year: each regulation's scale for organizations and for members, the years it applies to,
 * and its levels. The Organization Board rewords levels, sets colours and the "good or better" line, the excellent
 * cap, and lets a new regulation take over from a year.
 */
@Route("catalog/scales")
@RolesAllowed(Role.Names.ORG_BOARD)
@Menu(title = "nav.scales", order = 5.2, icon = "vaadin:scale")
public class RatingScalesView extends Div implements HasDynamicTitle {

    private final RatingScales scales;
    private final Grid<RatingScheme> schemes = new Grid<>();
    private final Grid<SchemeLevel> levels = new Grid<>();
    private final Button editScheme = new Button();
    private final Button newScheme = new Button();

    public RatingScalesView(RatingScales scales) {
        this.scales = scales;
        addClassName("dashboard");
        schemes.setId("scheme-grid");
        schemes.addThemeVariants(GridVariant.LUMO_COMPACT);
        schemes.addColumn(s -> getTranslation("scale.subject." + s.subject().name()))
                .setHeader(getTranslation("scale.subject")).setAutoWidth(true);
        schemes.addColumn(RatingScheme::regulation).setHeader(getTranslation("scale.regulation")).setFlexGrow(2);
        schemes.addColumn(s -> s.validToYear() == null
                        ? getTranslation("unit.years.open", String.valueOf(s.validFromYear()))
                        : s.validFromYear() + "–" + s.validToYear())
                .setHeader(getTranslation("unit.years")).setAutoWidth(true);
        schemes.addColumn(s -> s.excellentCapPercent() == null ? "" : s.excellentCapPercent() + "%")
                .setHeader(getTranslation("scale.cap")).setAutoWidth(true);
        schemes.setAllRowsVisible(true);
        schemes.asSingleSelect().addValueChangeListener(e -> showLevels(e.getValue()));

        levels.setId("level-grid");
        levels.addThemeVariants(GridVariant.LUMO_COMPACT);
        levels.addColumn(SchemeLevel::levelRank).setHeader(getTranslation("scale.rank")).setAutoWidth(true);
        levels.addColumn(SchemeLevel::code).setHeader(getTranslation("unit.code")).setAutoWidth(true);
        levels.addColumn(SchemeLevel::nameVi).setHeader(getTranslation("catalog.title-vi")).setFlexGrow(2);
        levels.addColumn(SchemeLevel::nameEn).setHeader(getTranslation("catalog.title-en")).setFlexGrow(2);
        levels.addComponentColumn(l -> {
            Span swatch = new Span(l.color());
            swatch.addClassName("color-swatch");
            swatch.getStyle().set("--swatch", l.color());
            return swatch;
        }).setHeader(getTranslation("scale.color")).setAutoWidth(true);
        levels.addColumn(l -> getTranslation(l.countsAsGood() ? "scale.good.yes" : "scale.good.no"))
                .setHeader(getTranslation("scale.good")).setAutoWidth(true);
        levels.setAllRowsVisible(true);
        levels.addItemClickListener(e -> open(ScaleDialogs.level(scales, e.getItem(), this::reload)));

        editScheme.setId("scheme-edit");
        editScheme.setText(getTranslation("scale.edit"));
        editScheme.addClickListener(e -> open(ScaleDialogs.scheme(scales, selected(), this::reload)));
        newScheme.setId("scheme-new");
        newScheme.setText(getTranslation("scale.new"));
        newScheme.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newScheme.addClickListener(e -> open(ScaleDialogs.successor(scales, selected(), this::reload)));
        Div actions = new Div(editScheme, newScheme);
        actions.addClassName("filter-bar");

        add(new H2(getTranslation("scale.title")), new Paragraph(getTranslation("scale.description")), schemes,
                actions, new H3(getTranslation("scale.levels")), levels);
        reload();
    }

    private RatingScheme selected() {
        return schemes.asSingleSelect().getValue();
    }

    private void reload() {
        RatingScheme previous = selected();
        var all = scales.schemes();
        schemes.setItems(all);
        all.stream().filter(s -> previous != null && s.id() == previous.id()).findFirst()
                .or(() -> all.stream().filter(s -> s.validToYear() == null).findFirst())
                .ifPresent(s -> schemes.asSingleSelect().setValue(s));
        showLevels(selected());
    }

    private void showLevels(RatingScheme scheme) {
        levels.setItems(scheme == null ? java.util.List.of() : scales.levels(scheme));
        editScheme.setEnabled(scheme != null);
        newScheme.setEnabled(scheme != null && scales.isLatest(scheme));
    }

    /** Not added to the view: an unattached dialog joins the UI when opened and leaves it when closed. */
    private void open(Dialog dialog) {
        dialog.open();
    }

    Grid<RatingScheme> schemes() {
        return schemes;
    }

    Grid<SchemeLevel> levels() {
        return levels;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scale.title");
    }
}
