package vn.binhthuy.partybuilding.importing;

import java.util.function.Supplier;

/**
 * How far a check or a write has got, for the page's progress line: the worker thread running the import updates
 * it as it reads, checks and writes; the view reads it on each poll. Shared code (the reader, the checks, the
 * confirm) reports to the progress of the running thread, so every kind of import reports alike.
 */
public final class ImportProgress {

    public enum Phase { READING, CHECKING, WRITING }

    private static final ThreadLocal<ImportProgress> CURRENT = new ThreadLocal<>();
    private static final ImportProgress NONE = new ImportProgress();

    private volatile Phase phase = Phase.READING;
    private volatile int rows;

    /** Runs {@code work} with this progress as the one the import code on this thread reports to. */
    <T> T during(Supplier<T> work) {
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    static ImportProgress current() {
        ImportProgress progress = CURRENT.get();
        return progress == null ? NONE : progress;
    }

    public Phase phase() {
        return phase;
    }

    /** Rows read so far (reading), or the rows being checked or written. */
    public int rows() {
        return rows;
    }

    void read(int rowsRead) {
        phase = Phase.READING;
        rows = rowsRead;
    }

    void checking(int rowsToCheck) {
        phase = Phase.CHECKING;
        rows = rowsToCheck;
    }

    void writing(int rowsToWrite) {
        phase = Phase.WRITING;
        rows = rowsToWrite;
    }
}
