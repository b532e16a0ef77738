package vn.binhthuy.partybuilding.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.binhthuy.partybuilding.Application;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A province on a three-node Galera cluster (docs/scaling.md): the schema migrates and the demo loads through the
 * failover URL, and when the node the application is connected to is killed, it keeps serving and writing through
 * the others — every write it was told succeeded is on the surviving nodes. Skipped where galera-4 is not installed
 * (.ci/run installs it).
 */
class GaleraClusterTest {

    @Test
    void theApplicationKeepsWritingWhenItsNodeDies(@TempDir Path temp) throws Exception {
        assumeTrue("true".equals(System.getenv("CI")) || GaleraCluster.available(),
                "galera-4, mariadb-server, mariadb-backup and socat are not installed");
        try (GaleraCluster cluster = new GaleraCluster(temp).start()) {
            GaleraCluster.Node first = cluster.nodes().get(0);
            assertThat(cluster.clusterSize(first)).isEqualTo(3);
            try (Connection root = GaleraCluster.root(first)) {
                for (String sql : List.of(
                        "CREATE DATABASE partybuilding CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci",
                        "CREATE USER 'pb_owner'@'%' IDENTIFIED BY 'Owner-Secret-1'",
                        "GRANT ALL PRIVILEGES ON partybuilding.* TO 'pb_owner'@'%' WITH GRANT OPTION",
                        "CREATE USER 'pb_app'@'%' IDENTIFIED BY 'App-Secret-1'")) {
                    root.createStatement().execute(sql);
                }
            }
            try (ConfigurableApplicationContext application = new SpringApplicationBuilder(Application.class).run(
                    "--partybuilding.database.embedded.enabled=false",
                    "--spring.datasource.url=" + cluster.sequentialUrl("partybuilding"),
                    "--spring.datasource.username=pb_app", "--spring.datasource.password=App-Secret-1",
                    "--spring.flyway.user=pb_owner", "--spring.flyway.password=Owner-Secret-1",
                    "--partybuilding.database.application-account='pb_app'@'%'",
                    "--partybuilding.demo-data.enabled=true", "--partybuilding.backup.scheduled=false",
                    "--server.port=0")) {
                JdbcTemplate third = on(cluster.nodes().get(2));
                assertThat(third.queryForObject("SELECT COUNT(*) FROM partybuilding.member_rating WHERE rating_year = 2017",
                        Integer.class)).as("the demo, replicated").isEqualTo(4389);
                assertThat(third.queryForList("""
                        SELECT t.table_name FROM information_schema.tables t
                        WHERE t.table_schema = 'partybuilding' AND t.table_type = 'BASE TABLE'
                          AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                                          WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                            AND c.constraint_type = 'PRIMARY KEY')""", String.class))
                        .as("Galera replicates tables with a primary key only").isEmpty();

                AuditLog audit = application.getBean(AuditLog.class);
                List<String> acknowledged = new ArrayList<>();
                int failed = 0;
                long killedAt = 0;
                long firstWriteAfterKill = 0;
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                for (int i = 0; acknowledged.size() < 60 && System.nanoTime() < deadline; i++) {
                    if (i == 20) {
                        cluster.kill(first);
                        killedAt = System.nanoTime();
                    }
                    String summary = "galera write " + i;
                    try {
                        audit.recordAs("galera-test", AuditAction.EXPORT, null, null, summary, null, null, null);
                        acknowledged.add(summary);
                        if (killedAt != 0 && firstWriteAfterKill == 0) {
                            firstWriteAfterKill = System.nanoTime();
                        }
                    } catch (RuntimeException nodeLost) {
                        failed++;
                        Thread.sleep(100);
                    }
                }
                assertThat(acknowledged).as("writes after the node died").hasSize(60);
                System.out.printf("Galera: node 1 killed; %d write(s) failed, writing again after %d ms%n", failed,
                        (firstWriteAfterKill - killedAt) / 1_000_000);
                assertThat(failed).as("only the writes in flight when the node died fail").isLessThan(10);
                for (GaleraCluster.Node survivor : cluster.nodes().subList(1, 3)) {
                    assertThat(on(survivor).queryForList(
                            "SELECT summary FROM partybuilding.audit_event WHERE username = 'galera-test'", String.class))
                            .as("no acknowledged write lost on node %d", survivor.index())
                            .containsAll(acknowledged);
                }
                assertThat(cluster.clusterSize(cluster.nodes().get(1))).isEqualTo(2);
            }
        }
    }

    private static JdbcTemplate on(GaleraCluster.Node node) {
        return new JdbcTemplate(new SingleConnectionDataSource(
                // causal reads: wait until this node has applied everything committed anywhere before the read
                "jdbc:mariadb://127.0.0.1:" + node.port() + "/?sessionVariables=wsrep_sync_wait=1", "root", "", true));
    }
}
