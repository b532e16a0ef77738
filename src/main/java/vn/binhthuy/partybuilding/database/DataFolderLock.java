package vn.binhthuy.partybuilding.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;

/**
 * Held for as long as an application uses a data folder. The operating system releases it when the process ends,
 * even by {@code kill -9}: so a folder whose lock is free has no living owner, and a server still running on it is
 * a leftover that may be stopped.
 */
final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(DataFolder folder) {
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
                throw new EmbeddedDatabaseException("The data folder " + folder.root() + " is in use by another running "
                        + "instance of the application.", "Stop that instance first, or start this one with another "
                        + "folder (partybuilding.database.embedded.data-dir).", null);
            }
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data folder " + folder.root() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }
}
