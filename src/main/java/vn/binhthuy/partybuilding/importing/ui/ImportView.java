package vn.binhthuy.partybuilding.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.base.ui.BackgroundWork;
import vn.binhthuy.partybuilding.export.FileNames;
import vn.binhthuy.partybuilding.importing.CheckedImport;
import vn.binhthuy.partybuilding.importing.ImportFileReader;
import vn.binhthuy.partybuilding.importing.ImportKind;
import vn.binhthuy.partybuilding.importing.ImportPage;
import vn.binhthuy.partybuilding.importing.ImportProgress;
import vn.binhthuy.partybuilding.importing.ImportProblem;
import vn.binhthuy.partybuilding.importing.ImportScope;
import vn.binhthuy.partybuilding.importing.ImportTarget;
import vn.binhthuy.partybuilding.security.Role;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Loading records from a spreadsheet, one kind at a time (units, members, ratings, findings…): download the template,
 * upload the filled file, read the check (every problem by row and column), confirm; nothing is written before the
 * confirmation, and then everything or nothing. The Organization Board is led through the kinds in the order that
 * works on an empty database.
 */
@Route("import")
@RolesAllowed({Role.Names.ORG_BOARD, Role.Names.SECRETARY})
@Menu(title = "nav.import", order = 4, icon = "vaadin:upload")
public class ImportView extends Div implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);

    private final ImportPage page;
    private final BackgroundWork background;
    private final Select<ImportKind> kind = new Select<>();
    private final ComboBox<ImportTarget> target = new ComboBox<>();
    private final Select<Integer> year = new Select<>();
    private final ImportSteps steps = new ImportSteps(kind::setValue);
    private final Anchor template = new Anchor();
    private final Div outcome = new Div();
    private final Upload upload;
    private CheckedImport checked;
    /** Counts resets, so a check that finishes after the user changed the selection is dropped. */
    private int generation;
    private CompletableFuture<?> pending = CompletableFuture.completedFuture(null);
    private Registration progressUpdates;

    public ImportView(ImportPage page, BackgroundWork background) {
        this.page = page;
        this.background = background;
        addClassName("dashboard");
        List<ImportKind> kinds = page.kinds();
        boolean board = page.keepsTheRegister();
        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.code()));
        kind.setItems(kinds);
        year.setId("import-year");
        year.setLabel(getTranslation("header.year"));
        year.setItems(page.years());
        target.setId("import-organization");
        target.setLabel(getTranslation("import.organization"));
        target.setItemLabelGenerator(t -> t.isWholeCommittee() ? getTranslation("import.whole-committee") : t.name());
        target.setWidth("26em");
        year.setValue(page.suggestedYear());
        boolean emptyDatabase = page.isEmpty();
        kind.setValue(kinds.stream().filter(k -> board && emptyDatabase || k.reach() == ImportKind.Reach.ORGANIZATION)
                .findFirst().orElse(kinds.getFirst()));
        kind.addValueChangeListener(e -> kindChanged());
        target.addValueChangeListener(e -> reset());
        year.addValueChangeListener(e -> kindChanged());

        template.setId("import-template");
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> handleFile(metadata.fileName(), data))));
        upload.setId("import-upload");
        upload.setI18n(ImportUploadI18n.of(this::getTranslation));
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ImportFileReader.LIMITS.maxBytes());
        upload.addFileRejectedListener(e -> show(List.of(rejected(e.getFileName())), 0));

        Div selection = new Div(kind, target, year);
        selection.addClassName("filter-bar");
        outcome.setId("import-outcome");
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.description",
                ImportFileReader.LIMITS.maxMegabytes(), ImportFileReader.LIMITS.maxRows())));
        if (board) {
            add(steps);
            steps.show(page.steps(), emptyDatabase);
        }
        add(selection, template, upload, outcome);
        kindChanged();
    }

    /** Why the browser refused a file before sending it: its type, else its size (the only other limit). */
    static ImportProblem rejected(String fileName) {
        ImportProblem wrongType = ImportFileReader.typeProblem(fileName, new byte[0]);
        return wrongType != null ? wrongType
                : ImportProblem.ofFile("import.error.too-large", ImportFileReader.LIMITS.maxMegabytes());
    }

    /** The register needs no organization or year; a yearly kind offers the organizations of the year. */
    private void kindChanged() {
        ImportKind selected = kind.getValue();
        year.setVisible(selected.yearly());
        boolean perOrganization = selected.reach() == ImportKind.Reach.ORGANIZATION;
        target.setVisible(perOrganization);
        ImportTarget previous = target.getValue();
        List<ImportTarget> targets = page.targets(selected, year.getValue() == null ? 0 : year.getValue());
        target.setItems(targets);
        target.setValue(targets.stream().filter(t -> previous != null && t.equals(previous)).findFirst()
                .orElse(targets.stream().filter(t -> !t.isWholeCommittee() || !perOrganization).findFirst()
                        .orElse(targets.isEmpty() ? null : targets.getFirst())));
        target.setReadOnly(targets.size() == 1);
        reset();
    }

    private ImportScope scope() {
        ImportKind selected = kind.getValue();
        ImportTarget into = target.getValue();
        return ImportScope.of(into == null ? null : into.unitId(), selected.yearly() ? year.getValue() : null);
    }

    private boolean ready() {
        return kind.getValue() != null && target.getValue() != null
                && (!kind.getValue().yearly() || year.getValue() != null);
    }

    private void reset() {
        generation++;
        checked = null;
        outcome.removeAll();
        template.setVisible(ready());
        upload.setEnabled(ready());
        if (!ready()) {
            return;
        }
        ImportKind selected = kind.getValue();
        ImportScope scope = scope();
        ImportTarget into = target.getValue();
        String unitName = into.isWholeCommittee() ? getTranslation("import.file.whole-committee") : into.shortName();
        String what = getTranslation("import.template.file." + selected.code());
        String fileName = (scope.year() == null ? FileNames.slug(what) + "_" + FileNames.slug(unitName)
                : FileNames.of(what, unitName, scope.year())) + ".xlsx";
        template.setHref((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            event.getOutputStream().write(page.template(selected, scope));
        }, AttachmentType.DOWNLOAD);
        template.setText(getTranslation("import.template", fileName));
    }

    /** Checks an uploaded file in the background, with a progress bar; then shows its problems, or its rows. */
    void handleFile(String fileName, byte[] content) {
        if (!ready()) {
            return;
        }
        ImportKind selected = kind.getValue();
        ImportScope scope = scope();
        checked = null;
        ImportProgress progress = new ImportProgress();
        working(getTranslation("import.checking", fileName), progress);
        int started = generation;
        inBackground(() -> page.check(selected, scope, fileName, content, progress), result -> {
            if (started == generation) {
                showChecked(result);
            }
        });
    }

    private void showChecked(CheckedImport result) {
        if (!result.problems().isEmpty()) {
            show(result.problems(), result.preview().size());
            return;
        }
        checked = result;
        outcome.removeAll();
        Paragraph ready = new Paragraph(getTranslation("import.ready", result.preview().size(), result.fileName()));
        ready.setId("import-ready");
        Button confirm = new Button(getTranslation("import.confirm"), e -> confirm());
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        Grid<CheckedImport.Preview> rows = new Grid<>();
        rows.setId("import-preview");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT);
        rows.addColumn(CheckedImport.Preview::row).setHeader(getTranslation("import.row")).setAutoWidth(true);
        rows.addColumn(CheckedImport.Preview::subject).setHeader(getTranslation("import.subject")).setAutoWidth(true);
        rows.addColumn(CheckedImport.Preview::value)
                .setHeader(getTranslation("import.value." + result.kind())).setAutoWidth(true);
        rows.setItems(result.preview());
        rows.setHeight("320px");
        outcome.add(ready, confirm, rows);
    }

    private void show(List<ImportProblem> problems, int validRows) {
        outcome.removeAll();
        outcome.add(new ImportProblemList(problems, validRows));
    }

    String message(ImportProblem problem) {
        return ImportProblemList.message(this, problem);
    }

    /** Writes the checked file once: a second click, or a click after the selection changed, finds nothing to do. */
    private void confirm() {
        CheckedImport toWrite = checked;
        checked = null;
        if (toWrite == null) {
            return;
        }
        ImportProgress progress = new ImportProgress();
        working(getTranslation("import.writing", toWrite.preview().size()), progress);
        inBackground(() -> page.apply(toWrite, progress), result -> {
            if (steps.getParent().isPresent()) {
                steps.show(page.steps(), false);
            }
            kindChanged(); // a file of units brings new organizations to import into
            Paragraph done = new Paragraph(getTranslation("import.done", result.created(), result.updated(),
                    result.unchanged(), toWrite.fileName()));
            done.setId("import-done");
            outcome.add(done);
        });
    }

    /**
     * A progress bar in place of the outcome, with how many rows were read, are being checked or written, updated on
     * each poll; the file choice waits until the work is done.
     */
    private void working(String what, ImportProgress progress) {
        outcome.removeAll();
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setId("import-progress");
        Paragraph label = new Paragraph(what);
        label.setId("import-working");
        Paragraph count = new Paragraph();
        count.setId("import-progress-count");
        outcome.add(label, bar, count);
        upload.setEnabled(false);
        stopShowingProgress();
        progressUpdates = UI.getCurrent().addPollListener(e -> showProgress(count, progress));
    }

    private void showProgress(Paragraph count, ImportProgress progress) {
        count.setText(progress.rows() == 0 ? ""
                : getTranslation("import.progress." + progress.phase().name(), progress.rows()));
    }

    private void stopShowingProgress() {
        if (progressUpdates != null) {
            progressUpdates.remove();
            progressUpdates = null;
        }
    }

    /**
     * Runs a service call off the request thread as the signed-in user, polling for its end (the application has no
     * server push), and shows its result, or why it failed — the user always learns the outcome.
     */
    private <T> void inBackground(Supplier<T> work, Consumer<T> whenDone) {
        pending = background.run(UI.getCurrent(), work, (result, failure) -> {
            stopShowingProgress();
            upload.setEnabled(true);
            upload.clearFileList();
            if (failure == null) {
                whenDone.accept(result);
            } else if (failure instanceof InvalidInputException refused) {
                show(List.of(ImportProblem.ofFile(refused.messageKey(), refused.arguments())), 0);
            } else {
                LOG.error("Import failed", failure);
                show(List.of(ImportProblem.ofFile("import.error.write-failed")), 0);
            }
        });
    }

    /** The work started last (a check or a write), for tests that wait for it. */
    CompletableFuture<?> pending() {
        return pending;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
