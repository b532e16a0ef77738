package vn.binhthuy.partybuilding.importing.ui;

import vn.binhthuy.partybuilding.importing.CheckedImport;
import vn.binhthuy.partybuilding.base.ui.EnumSelect;
import vn.binhthuy.partybuilding.importing.FindingImport;
import vn.binhthuy.partybuilding.importing.FindingImportService;
import vn.binhthuy.partybuilding.importing.ImportFileReader;
import vn.binhthuy.partybuilding.importing.ImportProblem;
import vn.binhthuy.partybuilding.importing.RatingImport;
import vn.binhthuy.partybuilding.importing.RatingImportService;
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
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.export.FileNames;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.security.Role;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import vn.binhthuy.partybuilding.base.ui.BackgroundWork;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Loading a grassroots organization's yearly submission in one step — its member ratings, or its findings of the 27
 * manifestations: download the template, upload the filled file, read the check (every problem by row and column),
 * confirm; nothing is written before the confirmation, and then everything or nothing.
 */
@Route("import")
@RolesAllowed({Role.Names.ORG_BOARD, Role.Names.SECRETARY})
@Menu(title = "nav.import", order = 4, icon = "vaadin:upload")
public class ImportView extends Div implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);

    /** What a file holds. */
    enum Kind { MEMBER_RATINGS, FINDINGS }

    private final BackgroundWork background;
    private final RatingImportService ratings;
    private final FindingImportService findings;
    private final Select<Kind> kind = new Select<>();
    private final ComboBox<Unit> organization = new ComboBox<>();
    private final Select<Integer> year = new Select<>();
    private final Anchor template = new Anchor();
    private final Div outcome = new Div();
    private final Upload upload;
    private CheckedImport checked;
    /** Counts resets, so a check that finishes after the user changed the selection is dropped. */
    private int generation;
    private CompletableFuture<?> pending = CompletableFuture.completedFuture(null);

    public ImportView(RatingImportService ratings, FindingImportService findings, UnitService units,
                      ClassificationService classification, AccessGuard guard, BackgroundWork background) {
        this.background = background;
        this.ratings = ratings;
        this.findings = findings;
        addClassName("dashboard");
        EnumSelect.setUp(kind, "import-kind", "import.kind", Kind.MEMBER_RATINGS, Kind.values());
        List<Integer> years = new ArrayList<>(classification.ratedYears());
        if (!years.isEmpty()) {
            years.add(years.getLast() + 1);
        }
        List<Integer> newestFirst = years.reversed();
        year.setId("import-year");
        year.setLabel(getTranslation("header.year"));
        year.setItems(newestFirst);
        organization.setId("import-organization");
        organization.setLabel(getTranslation("import.organization"));
        organization.setItemLabelGenerator(Unit::name);
        organization.setWidth("26em");
        List<Unit> organizations = units.organizations(newestFirst.isEmpty() ? 0 : newestFirst.getFirst()).stream()
                .filter(u -> guard.confinedToOrganization().map(own -> own == u.id()).orElse(true)).toList();
        organization.setItems(organizations);
        organization.setReadOnly(organizations.size() == 1);
        organizations.stream().findFirst().ifPresent(organization::setValue);
        newestFirst.stream().findFirst().ifPresent(year::setValue);
        organization.addValueChangeListener(e -> reset());
        kind.addValueChangeListener(e -> reset());
        year.addValueChangeListener(e -> reset());

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

        Div selection = new Div(kind, organization, year);
        selection.addClassName("filter-bar");
        outcome.setId("import-outcome");
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.description",
                ImportFileReader.LIMITS.maxMegabytes(), ImportFileReader.LIMITS.maxRows())), selection,
                template, upload, outcome);
        reset();
    }

    /** Why the browser refused a file before sending it: its type, else its size (the only other limit). */
    static ImportProblem rejected(String fileName) {
        ImportProblem wrongType = ImportFileReader.typeProblem(fileName, new byte[0]);
        return wrongType != null ? wrongType
                : ImportProblem.ofFile("import.error.too-large", ImportFileReader.LIMITS.maxMegabytes());
    }

    private void reset() {
        generation++;
        checked = null;
        outcome.removeAll();
        if (organization.getValue() == null || year.getValue() == null) {
            return;
        }
        long organizationId = organization.getValue().id();
        int selectedYear = year.getValue();
        Kind selectedKind = kind.getValue();
        String fileName = FileNames.of(getTranslation("import.template.file." + selectedKind.name()),
                organization.getValue().shortName(), selectedYear) + ".xlsx";
        template.setHref((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            event.getOutputStream().write(selectedKind == Kind.FINDINGS
                    ? findings.template(organizationId, selectedYear) : ratings.template(organizationId, selectedYear));
        }, AttachmentType.DOWNLOAD);
        template.setText(getTranslation("import.template", fileName));
    }

    /** Checks an uploaded file in the background, with a progress bar; then shows its problems, or its rows. */
    void handleFile(String fileName, byte[] content) {
        long organizationId = organization.getValue().id();
        int selectedYear = year.getValue();
        Kind selectedKind = kind.getValue();
        checked = null;
        working(getTranslation("import.checking", fileName));
        int started = generation;
        inBackground(() -> selectedKind == Kind.FINDINGS
                        ? findings.check(organizationId, selectedYear, fileName, content)
                        : ratings.check(organizationId, selectedYear, fileName, content),
                result -> {
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
                .setHeader(getTranslation("import.value." + kind.getValue().name())).setAutoWidth(true);
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
        working(getTranslation("import.writing", toWrite.preview().size()));
        inBackground(() -> switch (toWrite) {
            case RatingImport memberRatings -> ratings.apply(memberRatings);
            case FindingImport found -> findings.apply(found);
        }, result -> {
            outcome.removeAll();
            Paragraph done = new Paragraph(getTranslation("import.done", result.created(), result.updated(),
                    result.unchanged(), toWrite.fileName()));
            done.setId("import-done");
            outcome.add(done);
        });
    }

    /** A progress bar in place of the outcome; the file choice waits until the work is done. */
    private void working(String what) {
        outcome.removeAll();
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setId("import-progress");
        Paragraph label = new Paragraph(what);
        label.setId("import-working");
        outcome.add(label, bar);
        upload.setEnabled(false);
    }

    /**
     * Runs a service call off the request thread as the signed-in user, polling for its end (the application has no
     * server push), and shows its result, or why it failed — the user always learns the outcome.
     */
    private <T> void inBackground(Supplier<T> work, Consumer<T> whenDone) {
        pending = background.run(UI.getCurrent(), work, (result, failure) -> {
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
