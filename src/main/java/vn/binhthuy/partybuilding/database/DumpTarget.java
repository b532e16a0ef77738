package vn.binhthuy.partybuilding.database;

import java.nio.file.Path;

/**
 * A MariaDB database as its command-line tools reach it: the programs to use, where the server listens and the
 * account (with the rights to read everything, triggers included, or to create the schema on restore).
 */
public record DumpTarget(Path dump, Path client, String host, int port, String database, String user,
                         String password) {

    public static DumpTarget of(EmbeddedMariaDb mariaDb) {
        MariaDbBinaries binaries = mariaDb.binaries();
        return new DumpTarget(binaries.dump(), binaries.client(), "127.0.0.1", mariaDb.port(), mariaDb.databaseName(),
                DatabaseCredentials.OWNER, mariaDb.ownerPassword());
    }

    @Override
    public String toString() {
        return "DumpTarget[" + user + "@" + host + ":" + port + "/" + database + "]";
    }
}
