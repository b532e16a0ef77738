package vn.binhthuy.partybuilding.remediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.base.ui.Saving;
import vn.binhthuy.partybuilding.remediation.PlanDetails;
import vn.binhthuy.partybuilding.remediation.PlanUpdates;
import vn.binhthuy.partybuilding.remediation.VerificationResult;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One remediation plan: what it addresses, its progress reports and post-inspection; those who maintain the data
 * report progress and record the post-inspection here, as far as the plan's status allows. Refused saves keep what
 * was typed.
 */
public class PlanDialog extends Dialog {

    private final PlanUpdates updates;
    private final Clock clock;
    private final Locale locale;
    private final Runnable onChange;
    private PlanDetails plan;

    final DatePicker progressDate = new DatePicker();
    final IntegerField percent = new IntegerField();
    final TextArea progressNote = new TextArea();
    final RadioButtonGroup<VerificationResult> verification = new RadioButtonGroup<>();
    final DatePicker inspectionDate = new DatePicker();
    final TextArea inspectionNote = new TextArea();
    final TextField revisedTitle = new TextField();
    final TextArea revisedShortcomings = new TextArea();
    final TextField revisedResponsible = new TextField();
    final DatePicker revisedDeadline = new DatePicker();

    PlanDialog(PlanUpdates updates, Clock clock, long planId, Locale locale, Runnable onChange) {
        this.updates = updates;
        this.clock = clock;
        this.locale = locale;
        this.onChange = onChange;
        setWidth("52em");
        plan = updates.details(planId);
        fillRevision();
        render();
    }

    private void render() {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("plan.dialog.title", plan.id()));
        Paragraph summary = new Paragraph(plan.title());
        summary.setId("plan-title");
        add(summary, new Paragraph(getTranslation("plan.dialog.facts", plan.unitName(),
                getTranslation(plan.individual() ? "plan.owner.individual" : "plan.owner.collective"),
                plan.responsiblePerson(), Formats.date(plan.createdOn(), locale), Formats.date(plan.deadline(), locale),
                getTranslation("plan.status." + plan.status().name()))));
        add(new Paragraph(plan.shortcomings()));
        if (plan.verificationResult() != null) {
            add(new Paragraph(getTranslation("plan.dialog.verification",
                    getTranslation("plan.verification." + plan.verificationResult().name()),
                    Formats.date(plan.verifiedOn(), locale), plan.verificationNote() == null ? "" : plan.verificationNote())));
        }
        Grid<PlanDetails.Progress> progress = new Grid<>();
        progress.setId("plan-progress");
        progress.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        progress.addColumn(p -> Formats.date(p.reportedOn(), locale)).setHeader(getTranslation("notebook.date")).setAutoWidth(true);
        progress.addColumn(p -> p.percentComplete() + "%").setHeader(getTranslation("plan.progress")).setAutoWidth(true);
        progress.addColumn(PlanDetails.Progress::note).setHeader(getTranslation("notebook.content")).setFlexGrow(1);
        progress.setItems(plan.progress());
        progress.setAllRowsVisible(true);
        progress.setEmptyStateText(getTranslation("plan.dialog.no-progress"));
        add(progress);
        if (updates.mayUpdate(plan)) {
            if (plan.status().acceptsProgress()) {
                add(progressForm());
            }
            if (plan.status().awaitsPostInspection()) {
                add(inspectionForm());
            }
            if (plan.status().isRevisable()) {
                add(revisionForm());
            }
        }
        getFooter().add(new Button(getTranslation("user.close"), e -> close()));
    }

    private Div progressForm() {
        progressDate.setId("progress-date");
        progressDate.setLabel(getTranslation("plan.progress.date"));
        progressDate.setLocale(locale);
        progressDate.setMax(LocalDate.now(clock));
        percent.setId("progress-percent");
        percent.setLabel(getTranslation("plan.progress.percent"));
        percent.setMin(0);
        percent.setMax(100);
        progressNote.setId("progress-note");
        progressNote.setLabel(getTranslation("plan.progress.note"));
        progressNote.setWidthFull();
        Button report = new Button(getTranslation("plan.progress.save"), e -> save(() ->
                plan = updates.reportProgress(plan, progressDate.getValue(), percent.getValue(), progressNote.getValue())));
        report.setId("progress-save");
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H4(getTranslation("plan.progress.title")), progressDate, percent, progressNote, report);
        form.addClassName("user-form");
        return form;
    }

    private Div inspectionForm() {
        verification.setId("inspection-result");
        verification.setLabel(getTranslation("plan.verification"));
        verification.setItems(VerificationResult.values());
        verification.setItemLabelGenerator(result -> getTranslation("plan.verification." + result.name()));
        inspectionDate.setId("inspection-date");
        inspectionDate.setLabel(getTranslation("plan.inspection.date"));
        inspectionDate.setLocale(locale);
        inspectionNote.setId("inspection-note");
        inspectionNote.setLabel(getTranslation("plan.progress.note"));
        inspectionNote.setWidthFull();
        Button record = new Button(getTranslation("plan.inspection.save"), e -> {
            if (verification.getValue() == null) {
                verification.setErrorMessage(getTranslation("plan.error.result-required"));
                verification.setInvalid(true);
                return;
            }
            save(() -> plan = updates.recordPostInspection(plan, verification.getValue(), inspectionDate.getValue(),
                    inspectionNote.getValue()));
        });
        record.setId("inspection-save");
        Div form = new Div(new H4(getTranslation("plan.inspection.title")), verification, inspectionDate, inspectionNote,
                record);
        form.addClassName("user-form");
        return form;
    }

    /** Wording and deadline; filled from the plan only when it is (re)read, so a refused save keeps the input. */
    private void fillRevision() {
        revisedTitle.setValue(plan.title());
        revisedShortcomings.setValue(plan.shortcomings());
        revisedResponsible.setValue(plan.responsiblePerson());
        revisedDeadline.setValue(plan.deadline());
    }

    private Details revisionForm() {
        PlanFields.wording(revisedTitle, "revise-title", revisedShortcomings, "revise-shortcomings");
        revisedResponsible.setId("revise-responsible");
        revisedResponsible.setLabel(getTranslation("plan.responsible"));
        revisedResponsible.setMaxLength(160);
        PlanFields.deadline(revisedDeadline, "revise-deadline", locale);
        Button revise = new Button(getTranslation("plan.revise.save"), e -> save(() -> {
            plan = updates.revise(plan, revisedTitle.getValue(), revisedShortcomings.getValue(),
                    revisedResponsible.getValue(), revisedDeadline.getValue());
            fillRevision();
        }));
        revise.setId("revise-save");
        Div form = new Div(revisedTitle, revisedShortcomings, revisedResponsible, revisedDeadline, revise);
        form.addClassName("user-form");
        Details details = new Details(getTranslation("plan.revise.title"), form);
        details.setId("plan-revise");
        return details;
    }

    private void save(Runnable action) {
        if (Saving.attempt(action, "form.saved", "plan.conflict")) {
            onChange.run();
            render();
        }
    }

    /** The plan as last read (after a save, as saved). */
    public PlanDetails plan() {
        return plan;
    }
}
