package vn.binhthuy.partybuilding.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.binhthuy.partybuilding.importing.ImportKind;
import vn.binhthuy.partybuilding.importing.ImportPage;

import java.util.List;
import java.util.function.Consumer;

/**
 * The guided start for the Organization Board: every kind of record in the order that works on an empty database
 * (units before members, members before their ratings…), each with what is already loaded and a button that picks it.
 */
class ImportSteps extends Div {

    private final Consumer<ImportKind> choose;

    ImportSteps(Consumer<ImportKind> choose) {
        this.choose = choose;
        setId("import-steps");
        addClassName("import-steps");
    }

    void show(List<ImportPage.Step> steps, boolean emptyDatabase) {
        removeAll();
        add(new H3(getTranslation("import.steps.title")));
        if (emptyDatabase) {
            Paragraph start = new Paragraph(getTranslation("import.steps.empty"));
            start.setId("import-steps-empty");
            add(start);
        }
        OrderedList list = new OrderedList();
        for (ImportPage.Step step : steps) {
            String code = step.kind().code();
            Button pick = new Button(getTranslation("import.kind." + code), e -> choose.accept(step.kind()));
            pick.setId("import-step-" + code);
            pick.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Span loaded = new Span(getTranslation(step.loaded() == 0 ? "import.steps.none" : "import.steps.loaded",
                    step.loaded()));
            loaded.setId("import-step-loaded-" + code);
            loaded.addClassName("import-step-loaded");
            list.add(new ListItem(pick, loaded));
        }
        add(list);
    }
}
