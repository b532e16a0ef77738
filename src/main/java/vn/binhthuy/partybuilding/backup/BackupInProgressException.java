package vn.binhthuy.partybuilding.backup;

/** A backup was asked for while another one is being written. */
public class BackupInProgressException extends RuntimeException {

    public BackupInProgressException() {
        super("A backup is already being written");
    }
}
