package vn.binhthuy.partybuilding.importing;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.base.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The confirm step every import shares: refused for a file with problems, all-or-nothing, and written to the audit
 * log. A row equal to what is stored is left alone; a row whose stored version is not the one the check saw refuses
 * the whole confirm, with nothing written.
 */
final class ImportConfirmation {

    /** A checked row: its number in the file and the version of the stored row it would change (null: none). */
    interface CheckedRow {

        int number();

        Integer checkedVersion();
    }

    /** How one kind of import compares a checked row with what is stored (null: nothing yet) and writes it. */
    interface Rows<R extends CheckedRow, A> {

        A stored(R row);

        Integer version(A stored);

        boolean unchanged(A stored, R row);

        /** The aggregate to save: the first of its kind when nothing is stored, else the stored one corrected. */
        A written(A stored, R row);

        /** The row in the audit: which one ("DV001") and what happened to it ("HTNV → HTTNV"). */
        String auditKey(R row);

        String auditChange(A stored, R row);
    }

    private ImportConfirmation() {
    }

    /** Only a file without problems can be confirmed. */
    static void requireClean(CheckedImport checked) {
        if (!checked.isClean()) {
            throw new IllegalArgumentException("Only a file without problems can be imported");
        }
    }

    /**
     * Writes the changed rows through {@code save} in one go, or none of them, and records the import in the audit log
     * as {@code auditEntity}. Runs in the caller's transaction, after it took the organization's lock.
     */
    static <R extends CheckedRow, A> ImportResult write(CheckedImport checked, List<R> checkedRows, Rows<R, A> rows,
                                                        Consumer<List<A>> save, AuditLog audit, String auditEntity) {
        List<A> writes = new ArrayList<>();
        List<Integer> stale = new ArrayList<>();
        ImportChanges changes = new ImportChanges();
        int unchanged = 0;
        int created = 0;
        for (R row : checkedRows) {
            A current = rows.stored(row);
            if (current != null && rows.unchanged(current, row)) {
                unchanged++;
            } else if (!Objects.equals(current == null ? null : rows.version(current), row.checkedVersion())) {
                stale.add(row.number());
            } else {
                writes.add(rows.written(current, row));
                created += current == null ? 1 : 0;
                changes.add(rows.auditKey(row), rows.auditChange(current, row));
            }
        }
        if (!stale.isEmpty()) {
            throw new InvalidInputException("import.error.stale", stale.size(), stale.getFirst());
        }
        ImportProgress.current().writing(writes.size());
        try {
            save.accept(writes);
        } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
            throw new InvalidInputException("import.error.changed-meanwhile");
        }
        ImportResult result = new ImportResult(created, writes.size() - created, unchanged);
        audit.record(AuditAction.IMPORT, auditEntity, checked.scope().auditKey(),
                ImportChanges.summary(checked.fileName(), result), null, changes.snapshot());
        return result;
    }
}
