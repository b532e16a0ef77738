package vn.binhthuy.partybuilding.indicators.ui;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.base.ui.DialogButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.binhthuy.partybuilding.indicators.Indicator;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.security.Role;

/** The Organization Board keeps the wording of the 27 manifestations (Vietnamese and English). */
@Route("catalog/indicators")
@RolesAllowed(Role.Names.ORG_BOARD)
@Menu(title = "nav.catalog", order = 5, icon = "vaadin:book")
public class IndicatorCatalogView extends Div implements HasDynamicTitle {

    private final IndicatorService indicators;
    private final Grid<Indicator> grid = new Grid<>();

    public IndicatorCatalogView(IndicatorService indicators) {
        this.indicators = indicators;
        addClassName("dashboard");
        grid.setId("catalog-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Indicator::code).setHeader(getTranslation("indicator.code")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("indicator.group." + i.groupCode())).setHeader(getTranslation("indicator.group"))
                .setAutoWidth(true);
        grid.addColumn(Indicator::titleVi).setHeader(getTranslation("catalog.title-vi")).setFlexGrow(2);
        grid.addColumn(Indicator::titleEn).setHeader(getTranslation("catalog.title-en")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        add(new H2(getTranslation("catalog.title")), new Paragraph(getTranslation("catalog.description")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(indicators.catalog());
    }

    void edit(Indicator indicator) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(indicator.code());
        TextArea vi = new TextArea(getTranslation("catalog.title-vi"), indicator.titleVi(), "");
        vi.setId("catalog-title-vi");
        vi.setWidthFull();
        vi.setMaxLength(400);
        TextArea en = new TextArea(getTranslation("catalog.title-en"), indicator.titleEn(), "");
        en.setId("catalog-title-en");
        en.setWidthFull();
        en.setMaxLength(400);
        dialog.add(vi, en);
        dialog.setWidth("40em");
        Button save = new Button(getTranslation("user.save"), e -> {
            try {
                indicators.updateWording(indicator, vi.getValue(), en.getValue());
                Notification.show(getTranslation("catalog.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                TextArea field = vi.getValue().isBlank() || vi.getValue().length() > 400 ? vi : en;
                field.setErrorMessage(getTranslation(ex.messageKey()));
                field.setInvalid(true);
            } catch (OptimisticLockingFailureException ex) {
                Notification.show(getTranslation("catalog.conflict")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("catalog-save");
        DialogButtons.cancelAndSave(dialog, save);
        add(dialog);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title");
    }
}
