package vn.binhthuy.partybuilding.units;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finding organizations and cells by name, and stepping to the previous or next one. */
@Service
@Transactional(readOnly = true)
public class UnitSearch {

    private final UnitSearchQueries queries;

    UnitSearch(UnitSearchQueries queries) {
        this.queries = queries;
    }

    /**
     * The organizations and cells of the year whose name contains the text (tone marks, case and đ/d ignored),
     * all of them for an empty text; of any year without one; within one organization or one district when given.
     * Districts are found too where they lie below a province root.
     */
    public List<UnitHit> find(String text, Integer year, Long organizationId, Long districtId, int offset, int limit) {
        String folded = fold(text == null ? "" : text.strip());
        String escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return queries.search("%" + escaped + "%", escaped + "%", year, organizationId, districtId, offset, limit);
    }

    /**
     * The unit before and after this one among its siblings of the year (districts, organizations of one parent, or
     * cells of one organization).
     */
    public Siblings siblings(long unitId, Integer year) {
        UnitSearchQueries.Neighbours ids = queries.neighbours(unitId, year);
        return new Siblings(Optional.ofNullable(ids.previousId()).flatMap(queries::hit),
                Optional.ofNullable(ids.nextId()).flatMap(queries::hit));
    }

    private static String fold(String text) {
        return text.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    public record Siblings(Optional<UnitHit> previous, Optional<UnitHit> next) {
    }
}
