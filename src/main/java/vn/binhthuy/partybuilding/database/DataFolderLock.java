package vn.binhthuy.partybuilding.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Held for as long as an application uses a data folder. The operating system releases it when the process ends,
 * even by {@code kill -9}: so a folder whose lock is free has no living owner, and a server still running on it is
 * a leftover that may be stopped.
 */
final class DataFolderLock implements AutoCloseable {

    /**
     * Folders locked by this process. A file lock is the process's, and closing any channel of the file drops it:
     * a second attempt from the same process must therefore be refused here, before it opens the file.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(DataFolder folder) {
        if (!HELD.add(folder.root())) {
            throw inUse(folder);
        }
        try {
            FileChannel channel = FileChannel.open(folder.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                HELD.remove(folder.root());
                throw inUse(folder);
            }
            return new DataFolderLock(folder.root(), channel, lock);
        } catch (IOException e) {
            HELD.remove(folder.root());
            throw new UncheckedIOException("Cannot lock the data folder " + folder.root() + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedDatabaseException inUse(DataFolder folder) {
        return new EmbeddedDatabaseException("The data folder " + folder.root() + " is in use by another running "
                + "instance of the application.", "Stop that instance first, or start this one with another "
                + "folder (partybuilding.database.embedded.data-dir).", null);
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        } finally {
            HELD.remove(root);
        }
    }
}
