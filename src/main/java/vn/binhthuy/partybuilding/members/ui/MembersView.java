package vn.binhthuy.partybuilding.members.ui;

import com.vaadin.flow.component.button.Button;
import vn.binhthuy.partybuilding.base.ui.DialogButtons;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.base.ui.Saving;
import vn.binhthuy.partybuilding.members.MemberFilter;
import vn.binhthuy.partybuilding.members.MemberRegister;
import vn.binhthuy.partybuilding.members.MemberRow;
import vn.binhthuy.partybuilding.members.MemberSort;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.security.Role;
import vn.binhthuy.partybuilding.units.MemberHome;
import vn.binhthuy.partybuilding.units.Unit;

import java.util.List;

/** The member register: search (paged from the database), admit a new member into a cell, record a departure. */
@Route("members")
@RolesAllowed({Role.Names.ORG_BOARD, Role.Names.SECRETARY})
@Menu(title = "nav.members", order = 6, icon = "vaadin:user-card")
public class MembersView extends Div implements HasDynamicTitle {

    private final MemberRegister register;
    private final AccessGuard guard;
    private final TextField search = new TextField();
    private final ComboBox<Unit> organization = new ComboBox<>();
    private final Checkbox includeLeft = new Checkbox();
    private final Grid<MemberRow> grid = new Grid<>();

    public MembersView(MemberRegister register, AccessGuard guard) {
        this.register = register;
        this.guard = guard;
        addClassName("dashboard");
        search.setId("member-search");
        search.setLabel(getTranslation("member.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        organization.setId("member-organization");
        organization.setLabel(getTranslation("plan.organization"));
        organization.setItems(register.searchableOrganizations());
        organization.setItemLabelGenerator(Unit::shortName);
        organization.setClearButtonVisible(true);
        includeLeft.setId("member-include-left");
        includeLeft.setLabel(getTranslation("member.include-left"));
        includeLeft.setVisible(guard.confinedToOrganization().isEmpty());
        Button admit = new Button(getTranslation("member.admit"), e -> admitDialog());
        admit.setId("member-admit");
        admit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div filters = new Div(search, organization, includeLeft, admit);
        filters.addClassName("filter-bar");

        grid.setId("member-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MemberRow::code).setHeader(getTranslation("rating.member-code")).setKey(MemberSort.CODE.name())
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(MemberRow::fullName).setHeader(getTranslation("rating.member-name")).setKey(MemberSort.NAME.name())
                .setSortable(true).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("F".equals(r.gender()) ? "member.female" : "member.male"))
                .setHeader(getTranslation("member.gender")).setAutoWidth(true);
        grid.addColumn(MemberRow::birthYear).setHeader(getTranslation("member.birth-year")).setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.admittedOn(), getLocale())).setHeader(getTranslation("member.admitted"))
                .setKey(MemberSort.ADMITTED.name()).setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.officialOn() == null ? getTranslation("member.official.none")
                : Formats.date(r.officialOn(), getLocale())).setHeader(getTranslation("member.official"))
                .setAutoWidth(true);
        grid.addColumn(this::cellOrDeparture).setHeader(getTranslation("member.cell")).setKey(MemberSort.ORGANIZATION.name())
                .setSortable(true).setFlexGrow(1);
        grid.addComponentColumn(r -> {
            Button edit = new Button(getTranslation("member.correct"), e -> correctDialog(r));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setId("member-correct-" + r.id());
            Button left = new Button(getTranslation("member.mark-left"), e -> leftDialog(r));
            left.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            left.setEnabled(r.leftOn() == null);
            return new Div(edit, left);
        }).setAutoWidth(true);
        grid.setItems(DataProvider.fromCallbacks(
                query -> {
                    QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().getFirst();
                    return register.find(filter(), order == null ? MemberSort.NAME : MemberSort.valueOf(order.getSorted()),
                            order == null || order.getDirection() == SortDirection.ASCENDING,
                            query.getOffset(), query.getLimit()).stream();
                },
                query -> (int) register.count(filter())));
        grid.setHeight("600px");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        organization.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        includeLeft.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("member.title")), filters, grid);
    }

    MemberFilter filter() {
        return new MemberFilter(search.getValue(), organization.getValue() == null ? null : organization.getValue().id(),
                includeLeft.getValue());
    }

    Grid<MemberRow> grid() {
        return grid;
    }

    void admitDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("member.admit"));
        TextField code = new TextField(getTranslation("rating.member-code"));
        code.setId("admit-code");
        PersonalDataFields personal = new PersonalDataFields("admit", getLocale());
        ComboBox<MemberHome> cell = new ComboBox<>(getTranslation("member.cell"));
        cell.setId("admit-cell");
        cell.setItems(register.admissionUnits());
        cell.setItemLabelGenerator(MemberHome::label);
        cell.setWidthFull();
        dialog.add(new Div(code, personal, cell));
        Button save = new Button(getTranslation("user.save"), e -> {
            try {
                register.admit(new MemberRegister.NewMember(code.getValue(), personal.name.getValue(),
                        personal.gender.getValue(), personal.birthYear.getValue(), personal.admitted.getValue(),
                        personal.official.getValue(), cell.getValue() == null ? null : cell.getValue().id()));
                Notification.show(getTranslation("member.admitted-done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException ex) {
                Notification.show(getTranslation(ex.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("admit-save");
        DialogButtons.cancelAndSave(dialog, save);
        add(dialog);
        dialog.open();
    }

    /** Corrects the personal data; a refused save keeps the dialog and what was typed. */
    void correctDialog(MemberRow member) {
        Dialog dialog = new Dialog();
        dialog.setId("member-correct-dialog");
        dialog.setHeaderTitle(getTranslation("member.correct.title", member.code()));
        PersonalDataFields personal = new PersonalDataFields("correct", getLocale());
        personal.fill(member);
        TextField reason = departureReason("correct-departure-reason");
        reason.setValue(member.departureReason() == null ? "" : member.departureReason());
        reason.setVisible(member.leftOn() != null);
        dialog.add(personal, reason);
        Button save = new Button(getTranslation("user.save"), e -> {
            if (Saving.attempt(() -> register.correct(member, personal.name.getValue(), personal.gender.getValue(),
                    personal.birthYear.getValue(), personal.admitted.getValue(), personal.official.getValue(),
                    reason.getValue()), "form.saved", "member.conflict")) {
                dialog.close();
                grid.getDataProvider().refreshAll();
            }
        });
        save.setId("correct-save");
        DialogButtons.cancelAndSave(dialog, save);
        add(dialog);
        dialog.open();
    }

    void leftDialog(MemberRow member) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("member.mark-left.title", member.fullName()));
        DatePicker on = new DatePicker(getTranslation("transfer.date"));
        on.setId("left-date");
        on.setLocale(getLocale());
        on.setMax(register.lastDepartureDay());
        TextField reason = departureReason("left-reason");
        dialog.add(on, reason);
        Button save = new Button(getTranslation("user.save"), e -> {
            try {
                register.markLeft(member.id(), on.getValue(), reason.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException ex) {
                Notification.show(getTranslation(ex.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (OptimisticLockingFailureException ex) {
                Notification.show(getTranslation("member.conflict")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("left-save");
        DialogButtons.cancelAndSave(dialog, save);
        add(dialog);
        dialog.open();
    }

    private String cellOrDeparture(MemberRow r) {
        if (r.cellName() != null) {
            return r.cellName();
        }
        String day = Formats.date(r.leftOn(), getLocale());
        return r.departureReason() == null ? getTranslation("member.left", day)
                : getTranslation("member.left-because", day, r.departureReason());
    }

    private TextField departureReason(String id) {
        TextField reason = new TextField(getTranslation("member.departure-reason"));
        reason.setId(id);
        reason.setMaxLength(MemberRegister.DEPARTURE_REASON_LENGTH);
        reason.setWidthFull();
        return reason;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("member.title");
    }
}
