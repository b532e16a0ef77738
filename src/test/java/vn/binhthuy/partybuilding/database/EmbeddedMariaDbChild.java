package vn.binhthuy.partybuilding.database;

import java.nio.file.Path;

/** An application in its own JVM that starts the embedded database, writes a row, says so and waits to be killed. */
public final class EmbeddedMariaDbChild {

    static final String READY = "CHILD-READY";

    private EmbeddedMariaDbChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb mariaDb = new EmbeddedMariaDb(EmbeddedMariaDbProperties.persistentAt(Path.of(args[0])),
                Boolean.parseBoolean(args[1])).start();
        EmbeddedMariaDbTest.execute(mariaDb, "CREATE TABLE written_before_kill (v VARCHAR(20))",
                "INSERT INTO written_before_kill VALUES ('Trà Nóc')");
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
