package vn.binhthuy.partybuilding.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A three-node MariaDB Galera cluster on loopback ports, from Debian's {@code mariadb-server} and {@code galera-4}:
 * the first node bootstraps, the others join it (state transfer by mariabackup). For tests; stopped and deleted on close.
 */
final class GaleraCluster implements AutoCloseable {

    static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    record Node(int index, int port, int groupPort, int transferPort, int incrementalPort, Path dataDir) {
        String jdbcUrl(String database) {
            return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
        }
    }

    private final Path root;
    private final MariaDbBinaries binaries;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();

    static boolean available() {
        return Files.isReadable(PROVIDER) && MariaDbBinaries.systemInstalled()
                && Files.isExecutable(Path.of("/usr/bin/mariabackup")) && Files.isExecutable(Path.of("/usr/bin/socat"));
    }

    GaleraCluster(Path root) throws IOException {
        this.root = root;
        this.binaries = MariaDbBinaries.choose(EmbeddedMariaDbProperties.Binaries.SYSTEM, root);
        for (int i = 1; i <= 3; i++) {
            nodes.add(new Node(i, freePort(), freePort(), freePort(), freePort(), root.resolve("node" + i)));
        }
    }

    /** Starts the three nodes; a node that fails stops the others, so no server outlives a failed start. */
    GaleraCluster start() throws IOException, InterruptedException {
        try {
            for (Node node : nodes) {
                install(node);
                processes.add(null);
            }
            for (Node node : nodes) {
                Process process = launch(node, node.index() == 1);
                processes.set(node.index() - 1, process);
                awaitSynced(node, process);
            }
            return this;
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    List<Node> nodes() {
        return nodes;
    }

    /** The failover URL an application uses: the first node that answers, in this order. */
    String sequentialUrl(String database) {
        return "jdbc:mariadb:sequential://" + nodes.stream().map(n -> "127.0.0.1:" + n.port())
                .collect(Collectors.joining(",")) + "/" + database;
    }

    void kill(Node node) throws InterruptedException {
        Process process = processes.get(node.index() - 1);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    int clusterSize(Node node) throws SQLException {
        try (Connection connection = root(node);
             ResultSet rs = connection.createStatement().executeQuery("SHOW STATUS LIKE 'wsrep_cluster_size'")) {
            return rs.next() ? rs.getInt(2) : 0;
        }
    }

    static Connection root(Node node) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + node.port() + "/?connectTimeout=2000",
                "root", "");
    }

    private void install(Node node) throws IOException, InterruptedException {
        Files.createDirectories(node.dataDir());
        List<String> command = new ArrayList<>(List.of(binaries.installDb().toString(), "--no-defaults",
                "--datadir=" + node.dataDir(), "--basedir=" + binaries.baseDir(), "--force", "--skip-test-db",
                "--auth-root-authentication-method=normal"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        Process install = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve("install" + node.index() + ".log").toFile()).start();
        if (!install.waitFor(2, TimeUnit.MINUTES) || install.exitValue() != 0) {
            throw new IOException("mariadb-install-db failed for node " + node.index());
        }
    }

    private Process launch(Node node, boolean bootstrap) throws IOException {
        String members = nodes.stream().map(n -> "127.0.0.1:" + n.groupPort()).collect(Collectors.joining(","));
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
            // a test JVM that dies takes its cluster with it
            command.addAll(List.of("/usr/bin/setpriv", "--pdeathsig", "KILL", "--"));
        }
        command.addAll(List.of(binaries.server().toString(), "--no-defaults",
                "--datadir=" + node.dataDir(), "--basedir=" + binaries.baseDir(),
                "--port=" + node.port(), "--bind-address=127.0.0.1",
                "--socket=" + root.resolve("node" + node.index() + ".sock"),
                "--pid-file=" + root.resolve("node" + node.index() + ".pid"),
                // only what Galera needs: mariabackup's state transfer fails on server options it does not know
                "--binlog-format=ROW", "--innodb-autoinc-lock-mode=2", "--wsrep-on=ON", "--wsrep-provider=" + PROVIDER,
                "--wsrep-cluster-name=partybuilding-test", "--wsrep-node-name=node" + node.index(),
                "--wsrep-cluster-address=gcomm://" + (bootstrap ? "" : members),
                "--wsrep-node-address=127.0.0.1:" + node.groupPort(),
                "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:" + node.groupPort()
                        + ";ist.recv_addr=127.0.0.1:" + node.incrementalPort(),
                "--wsrep-sst-receive-address=127.0.0.1:" + node.transferPort(),
                // mariabackup streams the state over socat as this process's user (rsync's daemon drops to nobody)
                "--wsrep-sst-method=mariabackup", "--wsrep-sst-auth=root:"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        return new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("node" + node.index() + ".log").toFile()))
                .start();
    }

    private void awaitSynced(Node node, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                List<String> log = Files.readAllLines(root.resolve("node" + node.index() + ".log"));
                throw new IOException("Galera node " + node.index() + " exited:\n"
                        + String.join("\n", log.subList(Math.max(0, log.size() - 25), log.size())));
            }
            try (Connection connection = root(node);
                 ResultSet rs = connection.createStatement().executeQuery("SHOW STATUS LIKE 'wsrep_local_state_comment'")) {
                if (rs.next() && rs.getString(2).equals("Synced")) {
                    // the migrations create triggers, which a server that logs binary (as Galera does) refuses to an
                    // account without SUPER unless told to trust them (docs/scaling.md)
                    connection.createStatement().execute("SET GLOBAL log_bin_trust_function_creators = 1");
                    return;
                }
            } catch (SQLException notYet) {
                // starting or receiving its state
            }
            Thread.sleep(200);
        }
        throw new IOException("Galera node " + node.index() + " did not reach Synced within " + READY_TIMEOUT.toSeconds() + " s");
    }

    @Override
    public void close() {
        for (Process process : processes) {
            if (process != null && process.isAlive()) {
                process.destroy();
            }
        }
        for (Process process : processes) {
            try {
                if (process != null && !process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
