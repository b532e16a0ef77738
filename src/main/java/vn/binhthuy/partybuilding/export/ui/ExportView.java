package vn.binhthuy.partybuilding.export.ui;

import vn.binhthuy.partybuilding.export.DatasetExporter;
import vn.binhthuy.partybuilding.export.FileNames;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import vn.binhthuy.partybuilding.base.ui.YearParameter;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.security.Role;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Organization Board downloads a year's whole dataset as one workbook, streamed while it is written. The year is
 * the one of the header's year selector (the URL's ?year=), so the page and the header never disagree; a year without
 * figures is replaced in the URL by the latest one.
 */
@Route("export")
@RolesAllowed(Role.Names.ORG_BOARD)
@Menu(title = "nav.export", order = 3, icon = "vaadin:download")
public class ExportView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final DatasetExporter exporter;
    private final ClassificationService classification;
    private final String districtName;
    private final Paragraph yearLine = new Paragraph();
    private final Anchor download = new Anchor();
    private int year;

    public ExportView(DatasetExporter exporter, ClassificationService classification, UnitService units) {
        this.exporter = exporter;
        this.classification = classification;
        this.districtName = units.district().map(Unit::shortName).orElse("");
        addClassName("dashboard");
        yearLine.setId("dataset-year");
        download.setId("dataset-download");
        download.addClassName("dataset-download");
        add(new H2(getTranslation("dataset.title")), new Paragraph(getTranslation("dataset.description")), yearLine,
                download);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Integer> years = classification.ratedYears();
        if (years.isEmpty()) {
            download.setVisible(false);
            return;
        }
        Optional<Integer> requested = YearParameter.valid(event.getLocation(), years);
        if (requested.isEmpty() && YearParameter.raw(event.getLocation()).isPresent()) {
            Notification.show(getTranslation("year.invalid", YearParameter.raw(event.getLocation()).get(),
                    years.getLast()));
            event.forwardTo(event.getLocation().getPath(), YearParameter.with(event.getLocation(), years.getLast()));
            return;
        }
        year = requested.orElse(years.getLast());
        point(year);
    }

    int year() {
        return year;
    }

    private void point(int selected) {
        String fileName = FileNames.of(getTranslation("dataset.file"), getTranslation("export.district-prefix")
                + " " + districtName, selected) + ".xlsx";
        List<DatasetExporter.SheetSpec> sheets = sheets();
        DatasetExporter.Words words = this::getTranslation;
        download.setHref((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = event.getOutputStream()) {
                exporter.write(selected, sheets, words, fileName, out);
            }
        }, AttachmentType.DOWNLOAD);
        yearLine.setText(getTranslation("dataset.year", selected));
        download.setText(getTranslation("dataset.download", fileName));
    }

    List<DatasetExporter.SheetSpec> sheets() {
        List<String> sql = DatasetExporter.sqlOfSheets();
        return List.of(
                new DatasetExporter.SheetSpec(getTranslation("dataset.sheet.organizations"),
                        List.of(getTranslation("dataset.col.code"), getTranslation("dataset.col.organization"),
                                getTranslation("dataset.col.kind"), getTranslation("dataset.col.level-code"),
                                getTranslation("dataset.col.level"), getTranslation("dataset.col.exemplary")), sql.get(0)),
                new DatasetExporter.SheetSpec(getTranslation("dataset.sheet.members"),
                        List.of(getTranslation("dataset.col.member-code"), getTranslation("dataset.col.member-name"),
                                getTranslation("dataset.col.cell"), getTranslation("dataset.col.organization"),
                                getTranslation("dataset.col.level-code"), getTranslation("dataset.col.level")), sql.get(1)),
                new DatasetExporter.SheetSpec(getTranslation("dataset.sheet.findings"),
                        List.of(getTranslation("dataset.col.indicator"), getTranslation("dataset.col.group"),
                                getTranslation("dataset.col.member-code"), getTranslation("dataset.col.unit"),
                                getTranslation("dataset.col.organization"), getTranslation("dataset.col.degree"),
                                getTranslation("dataset.col.source"), getTranslation("dataset.col.found-on")), sql.get(2),
                        Map.of(1, "indicator.group.", 5, "finding.degree.", 6, "finding.source.")),
                new DatasetExporter.SheetSpec(getTranslation("dataset.sheet.plans"),
                        List.of(getTranslation("dataset.col.plan"), getTranslation("dataset.col.organization"),
                                getTranslation("dataset.col.unit"), getTranslation("dataset.col.member-code"),
                                getTranslation("dataset.col.source"), getTranslation("dataset.col.title"),
                                getTranslation("dataset.col.created"), getTranslation("dataset.col.deadline"),
                                getTranslation("dataset.col.status"), getTranslation("dataset.col.completed"),
                                getTranslation("dataset.col.verification")), sql.get(3),
                        Map.of(4, "plan.source.", 8, "plan.status.", 10, "plan.verification.")),
                DatasetExporter.registerSheets().get(0), DatasetExporter.registerSheets().get(1),
                DatasetExporter.registerSheets().get(2));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dataset.title");
    }
}
