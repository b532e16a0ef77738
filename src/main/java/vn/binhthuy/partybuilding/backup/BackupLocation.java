package vn.binhthuy.partybuilding.backup;

import vn.binhthuy.partybuilding.database.DumpTarget;

import java.nio.file.Path;

/** What is backed up and where the backups go. */
public interface BackupLocation {

    DumpTarget target();

    Path folder();
}
