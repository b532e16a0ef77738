package vn.binhthuy.partybuilding.importing.ui;

import vn.binhthuy.partybuilding.importing.ImportProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;

/** Why nothing was written: how many rows were refused and how many were valid, then every problem by row and column. */
class ImportProblemList extends Div {

    ImportProblemList(List<ImportProblem> problems, int validRows) {
        long refusedRows = problems.stream().filter(p -> p.row() > 0).map(ImportProblem::row).distinct().count();
        Paragraph summary = new Paragraph(getTranslation("import.problems", problems.size()) + " "
                + getTranslation("import.rejected-rows", refusedRows, validRows));
        summary.setId("import-problems-summary");
        summary.addClassName("rule-checks");
        Grid<ImportProblem> grid = new Grid<>();
        grid.setId("import-problems");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> p.row() == 0 ? "" : String.valueOf(p.row())).setHeader(getTranslation("import.row"))
                .setAutoWidth(true);
        grid.addColumn(ImportProblem::column).setHeader(getTranslation("import.column")).setAutoWidth(true);
        grid.addColumn(p -> message(this, p)).setHeader(getTranslation("import.message")).setFlexGrow(1);
        grid.setItems(problems);
        grid.setAllRowsVisible(problems.size() <= 30);
        add(summary, grid);
    }

    static String message(Component in, ImportProblem problem) {
        return in.getTranslation(problem.messageKey(), problem.arguments().toArray());
    }
}
