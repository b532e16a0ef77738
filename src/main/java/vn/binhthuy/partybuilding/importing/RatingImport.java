package vn.binhthuy.partybuilding.importing;

import java.util.List;

/**
 * A checked member-rating file: the rows ready to write, and every problem found (by row and column). Nothing is
 * written unless there are no problems.
 */
public record RatingImport(long organizationId, int year, String fileName, List<Row> rows,
                           List<ImportProblem> problems) {

    /** A valid row resolved to ids. */
    public record Row(int number, long memberId, String memberCode, long unitId, long levelId, String levelCode,
                      String note) {}

    public boolean isClean() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    /** How a confirmed import changed the database. */
    public record Result(int created, int updated, int unchanged) {}
}
