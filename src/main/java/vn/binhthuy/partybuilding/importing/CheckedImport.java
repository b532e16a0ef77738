package vn.binhthuy.partybuilding.importing;

import java.util.List;

/** A checked file of any kind: its problems, or the rows ready to write (shown before the user confirms). */
public interface CheckedImport {

    /** The code of the {@link ImportKind} that checked it. */
    String kind();

    ImportScope scope();

    String fileName();

    List<ImportProblem> problems();

    /** The valid rows as the preview lists them: row number, subject, what is recorded. */
    List<Preview> preview();

    default boolean isClean() {
        return problems().isEmpty() && !preview().isEmpty();
    }

    record Preview(int row, String subject, String value) {}
}
