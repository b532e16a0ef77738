package vn.binhthuy.partybuilding.importing;

/**
 * One kind of record the import page loads (units, members, ratings, findings, plans…), all through the same
 * steps: a template, a check that reports every problem by row and column and writes nothing, and a confirm that
 * writes everything or nothing, idempotently, under the optimistic-locking promise of {@link ImportConfirmation}.
 * Each kind is a Spring bean; the page lists them in {@link #order()}, the order that works on an empty database.
 */
public interface ImportKind {

    /** Whose file it is. */
    enum Reach {
        /** The whole committee's register (units, members): only the Organization Board imports it. */
        COMMITTEE,
        /** One grassroots organization's records, imported by its secretary or the Board. */
        ORGANIZATION
    }

    /**
     * What a kind is, for the import page.
     *
     * @param code                  the suffix of its message keys (import.kind.X, import.template.file.X, import.value.X)
     * @param order                 its place in the guided start: units, members, organization ratings, member
     *                              ratings, findings, plans, reviews
     * @param reach                 whose file it is
     * @param yearly                whether a file holds one year's records (ratings, findings…) rather than the register
     * @param acceptsWholeCommittee whether the Board may import a file of all organizations at once (the committee's
     *                              root as the scope), as the whole-dataset workbook of /export holds them
     * @param sheetName             the sheet this kind reads from a workbook that has one of this name (the Board's
     *                              whole-dataset workbook holds a sheet per kind); any other workbook is read from its
     *                              first visible sheet
     */
    record Description(String code, int order, Reach reach, boolean yearly, boolean acceptsWholeCommittee,
                       String sheetName) {}

    Description description();

    default String code() {
        return description().code();
    }

    default int order() {
        return description().order();
    }

    default Reach reach() {
        return description().reach();
    }

    default boolean yearly() {
        return description().yearly();
    }

    default boolean acceptsWholeCommittee() {
        return description().acceptsWholeCommittee();
    }

    default String sheetName() {
        return description().sheetName();
    }

    /** A workbook to fill in: the columns, a made-up example row (skipped on import), and the allowed values. */
    byte[] template(ImportScope scope);

    /** Reads and checks a file; writes nothing. */
    CheckedImport check(ImportScope scope, String fileName, byte[] content);

    /** Writes a checked file without problems, all or nothing; refused when a row changed since the check. */
    ImportResult apply(CheckedImport checked);

    /** How many records of this kind the committee holds: what the guided start shows as already loaded. */
    long loaded();
}
