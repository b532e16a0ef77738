package vn.binhthuy.partybuilding.importing;

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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.export.FileNames;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.security.Role;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.ArrayList;
import java.util.List;

/**
 * Loading a grassroots organization's yearly submission in one step — its member ratings, or its findings of the 27
 * manifestations: download the template, upload the filled file, read the check (every problem by row and column),
 * confirm; nothing is written before the confirmation, and then everything or nothing.
 */
@Route("import")
@RolesAllowed({Role.Names.ORG_BOARD, Role.Names.SECRETARY})
@Menu(title = "nav.import", order = 4, icon = "vaadin:upload")
public class ImportView extends Div implements HasDynamicTitle {

    /** What a file holds. */
    enum Kind { MEMBER_RATINGS, FINDINGS }

    private final RatingImportService ratings;
    private final FindingImportService findings;
    private final Select<Kind> kind = new Select<>();
    private final ComboBox<Unit> organization = new ComboBox<>();
    private final Select<Integer> year = new Select<>();
    private final Anchor template = new Anchor();
    private final Div outcome = new Div();
    private CheckedImport checked;

    public ImportView(RatingImportService ratings, FindingImportService findings, UnitService units,
                      ClassificationService classification, AccessGuard guard) {
        this.ratings = ratings;
        this.findings = findings;
        addClassName("dashboard");
        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.name()));
        kind.setValue(Kind.MEMBER_RATINGS);
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
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> handleFile(metadata.fileName(), data))));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ImportFileReader.LIMITS.maxBytes());
        upload.addFileRejectedListener(e -> show(List.of(rejected(e.getFileName()))));

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

    /** Checks an uploaded file and shows its problems, or its rows with the confirm button. */
    void handleFile(String fileName, byte[] content) {
        long organizationId = organization.getValue().id();
        checked = kind.getValue() == Kind.FINDINGS ? findings.check(organizationId, year.getValue(), fileName, content)
                : ratings.check(organizationId, year.getValue(), fileName, content);
        if (!checked.problems().isEmpty()) {
            show(checked.problems());
            return;
        }
        outcome.removeAll();
        Paragraph ready = new Paragraph(getTranslation("import.ready", checked.preview().size(), fileName));
        ready.setId("import-ready");
        Button confirm = new Button(getTranslation("import.confirm"), e -> confirm());
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Grid<CheckedImport.Preview> rows = new Grid<>();
        rows.setId("import-preview");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT);
        rows.addColumn(CheckedImport.Preview::row).setHeader(getTranslation("import.row")).setAutoWidth(true);
        rows.addColumn(CheckedImport.Preview::subject).setHeader(getTranslation("import.subject")).setAutoWidth(true);
        rows.addColumn(CheckedImport.Preview::value)
                .setHeader(getTranslation("import.value." + kind.getValue().name())).setAutoWidth(true);
        rows.setItems(checked.preview());
        rows.setHeight("320px");
        outcome.add(ready, confirm, rows);
    }

    private void show(List<ImportProblem> problems) {
        outcome.removeAll();
        Paragraph summary = new Paragraph(getTranslation("import.problems", problems.size()));
        summary.setId("import-problems-summary");
        summary.addClassName("rule-checks");
        Grid<ImportProblem> grid = new Grid<>();
        grid.setId("import-problems");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> p.row() == 0 ? "" : String.valueOf(p.row())).setHeader(getTranslation("import.row"))
                .setAutoWidth(true);
        grid.addColumn(ImportProblem::column).setHeader(getTranslation("import.column")).setAutoWidth(true);
        grid.addColumn(this::message).setHeader(getTranslation("import.message")).setFlexGrow(1);
        grid.setItems(problems);
        grid.setAllRowsVisible(problems.size() <= 30);
        outcome.add(summary, grid);
    }

    String message(ImportProblem problem) {
        return getTranslation(problem.messageKey(), problem.arguments().toArray());
    }

    private void confirm() {
        ImportResult result;
        try {
            result = switch (checked) {
                case RatingImport memberRatings -> ratings.apply(memberRatings);
                case FindingImport found -> findings.apply(found);
            };
        } catch (InvalidInputException e) {
            show(List.of(ImportProblem.ofFile(e.messageKey())));
            return;
        }
        checked = null;
        outcome.removeAll();
        Paragraph done = new Paragraph(getTranslation("import.done", result.created(), result.updated(),
                result.unchanged()));
        done.setId("import-done");
        outcome.add(done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
