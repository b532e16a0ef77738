package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.classification.RatingLevel;
import vn.binhthuy.partybuilding.export.Briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A table of units (organizations or cells) with the year's figures; clicking a row opens that unit. */
class ScorecardGrid extends Grid<UnitScorecard> {

    private final List<UnitScorecard> rows;
    private final Locale locale;
    private final Map<String, RatingLevel> levels;

    ScorecardGrid(String id, List<UnitScorecard> rows, Locale locale, Consumer<UnitScorecard> onOpen) {
        this(id, rows, List.of(), locale, onOpen);
    }

    /** With a column of the level each unit was rated at, in the scale given (an empty scale: no such column). */
    ScorecardGrid(String id, List<UnitScorecard> rows, List<RatingLevel> scale, Locale locale,
                  Consumer<UnitScorecard> onOpen) {
        this.rows = List.copyOf(rows);
        this.locale = locale;
        this.levels = scale.stream().collect(Collectors.toMap(RatingLevel::code, Function.identity()));
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(UnitScorecard::unitName).setHeader(getTranslation("scorecard.unit")).setFlexGrow(3)
                .setSortable(true).setComparator(UnitScorecard::sortOrder);
        if (!levels.isEmpty()) {
            addColumn(this::levelName).setHeader(getTranslation("scorecard.level")).setKey("level").setFlexGrow(2)
                    .setComparator(Comparator.comparingInt(r -> levelRank(r)));
        }
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

    String levelName(UnitScorecard row) {
        RatingLevel level = row.levelCode() == null ? null : levels.get(row.levelCode());
        return level == null ? "" : level.name(locale);
    }

    private int levelRank(UnitScorecard row) {
        RatingLevel level = row.levelCode() == null ? null : levels.get(row.levelCode());
        return level == null ? Integer.MAX_VALUE : level.levelRank();
    }

    /** The same rows and columns as text, for the PDF briefing. */
    Briefing.Table asTable(String caption) {
        List<String> headers = new ArrayList<>(List.of(getTranslation("scorecard.unit")));
        if (!levels.isEmpty()) {
            headers.add(getTranslation("scorecard.level"));
        }
        headers.addAll(List.of(getTranslation("scorecard.members-rated"),
                getTranslation("scorecard.good-share"), getTranslation("scorecard.findings"),
                getTranslation("scorecard.plans"), getTranslation("scorecard.overdue")));
        return new Briefing.Table(caption, headers, rows.stream().map(r -> {
            List<String> cells = new ArrayList<>(List.of(r.unitName()));
            if (!levels.isEmpty()) {
                cells.add(levelName(r));
            }
            cells.addAll(List.of(Formats.number(r.membersRated(), locale),
                    r.membersRated() == 0 ? "" : Formats.percent(r.goodShare(), locale),
                    Formats.number(r.findings(), locale), Formats.number(r.plans(), locale),
                    Formats.number(r.plansOverdue(), locale)));
            return List.copyOf(cells);
        }).toList());
    }
}
