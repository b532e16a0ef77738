package vn.binhthuy.partybuilding.export;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.security.Role;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.io.OutputStream;
import java.util.List;

/** The Organization Board downloads a year's whole dataset as one workbook, streamed while it is written. */
@Route("export")
@RolesAllowed(Role.Names.ORG_BOARD)
@Menu(title = "nav.export", order = 3, icon = "vaadin:download")
public class ExportView extends Div implements HasDynamicTitle {

    private final DatasetExporter exporter;
    private final String districtName;
    private final Select<Integer> year = new Select<>();
    private final Anchor download = new Anchor();

    public ExportView(DatasetExporter exporter, ClassificationService classification, UnitService units) {
        this.exporter = exporter;
        this.districtName = units.district().map(Unit::shortName).orElse("");
        addClassName("dashboard");
        List<Integer> years = classification.ratedYears().reversed();
        year.setId("dataset-year");
        year.setLabel(getTranslation("header.year"));
        year.setItems(years);
        year.addValueChangeListener(e -> point(e.getValue()));
        download.setId("dataset-download");
        download.addClassName("dataset-download");
        add(new H2(getTranslation("dataset.title")), new Paragraph(getTranslation("dataset.description")), year,
                download);
        if (!years.isEmpty()) {
            year.setValue(years.getFirst());
        }
    }

    private void point(Integer selected) {
        if (selected == null) {
            return;
        }
        String fileName = FileNames.of(getTranslation("dataset.file"), getTranslation("export.district-prefix")
                + " " + districtName, selected) + ".xlsx";
        List<DatasetExporter.SheetSpec> sheets = sheets();
        download.setHref((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = event.getOutputStream()) {
                exporter.write(selected, sheets, fileName, out);
            }
        }, AttachmentType.DOWNLOAD);
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
                                getTranslation("dataset.col.source"), getTranslation("dataset.col.found-on")), sql.get(2)),
                new DatasetExporter.SheetSpec(getTranslation("dataset.sheet.plans"),
                        List.of(getTranslation("dataset.col.plan"), getTranslation("dataset.col.organization"),
                                getTranslation("dataset.col.unit"), getTranslation("dataset.col.member-code"),
                                getTranslation("dataset.col.source"), getTranslation("dataset.col.title"),
                                getTranslation("dataset.col.created"), getTranslation("dataset.col.deadline"),
                                getTranslation("dataset.col.status"), getTranslation("dataset.col.completed"),
                                getTranslation("dataset.col.verification")), sql.get(3)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dataset.title");
    }
}
