package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.export.Briefing;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** A table of units (organizations or cells) with the year's figures; clicking a row opens that unit. */
class ScorecardGrid extends Grid<UnitScorecard> {

    private final List<UnitScorecard> rows;
    private final Locale locale;

    ScorecardGrid(String id, List<UnitScorecard> rows, Locale locale, Consumer<UnitScorecard> onOpen) {
        this.rows = List.copyOf(rows);
        this.locale = locale;
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(UnitScorecard::unitName).setHeader(getTranslation("scorecard.unit")).setFlexGrow(3)
                .setSortable(true).setComparator(UnitScorecard::sortOrder);
        addColumn(r -> Formats.number(r.membersRated(), locale)).setHeader(getTranslation("scorecard.members-rated"))
                .setComparator(UnitScorecard::membersRated).setTextAlign(ColumnTextAlign.END);
        addColumn(r -> r.membersRated() == 0 ? "" : Formats.percent(r.goodShare(), locale))
                .setHeader(getTranslation("scorecard.good-share")).setComparator(UnitScorecard::goodShare)
                .setTextAlign(ColumnTextAlign.END);
        addColumn(r -> Formats.number(r.findings(), locale)).setHeader(getTranslation("scorecard.findings"))
                .setComparator(UnitScorecard::findings).setTextAlign(ColumnTextAlign.END);
        addColumn(r -> Formats.number(r.plans(), locale)).setHeader(getTranslation("scorecard.plans"))
                .setComparator(UnitScorecard::plans).setTextAlign(ColumnTextAlign.END);
        addColumn(r -> Formats.number(r.plansOverdue(), locale)).setHeader(getTranslation("scorecard.overdue"))
                .setComparator(UnitScorecard::plansOverdue)
                .setTextAlign(ColumnTextAlign.END)
                .setPartNameGenerator(r -> r.plansOverdue() > 0 ? "overdue" : null);
        setItems(rows);
        setAllRowsVisible(rows.size() <= 40);
        if (rows.size() > 40) {
            setHeight("600px");
        }
        addItemClickListener(e -> onOpen.accept(e.getItem()));
    }

    /** The same rows and columns as text, for the PDF briefing. */
    Briefing.Table asTable(String caption) {
        List<String> headers = List.of(getTranslation("scorecard.unit"), getTranslation("scorecard.members-rated"),
                getTranslation("scorecard.good-share"), getTranslation("scorecard.findings"),
                getTranslation("scorecard.plans"), getTranslation("scorecard.overdue"));
        return new Briefing.Table(caption, headers, rows.stream().map(r -> List.of(r.unitName(),
                Formats.number(r.membersRated(), locale),
                r.membersRated() == 0 ? "" : Formats.percent(r.goodShare(), locale),
                Formats.number(r.findings(), locale), Formats.number(r.plans(), locale),
                Formats.number(r.plansOverdue(), locale))).toList());
    }
}
