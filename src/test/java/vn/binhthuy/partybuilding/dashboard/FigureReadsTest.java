package vn.binhthuy.partybuilding.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.binhthuy.partybuilding.ApplicationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A page's figures read on several connections come from one state of the data: helpers read only when they see the
 * caller's figures_version, as the signed-in user, and the caller reads whatever they did not.
 */
@ApplicationTest
@WithUserDetails("lanhdao")
class FigureReadsTest {

    @Autowired FiguresVersion version;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor")
    java.util.concurrent.Executor helpers;

    private TransactionTemplate readOnly() {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }

    private FigureReads readers(int count) {
        return new FigureReads(version, transactions, helpers, count);
    }

    private long findings() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM finding", Long.class);
    }

    /** Each read blocks until every read has started, so they can only finish if they run on different threads. */
    @Test
    void readsRunOnOtherConnectionsAsTheSignedInUserWithTheSameFigures() {
        FigureReads three = readers(3);
        CountDownLatch started = new CountDownLatch(3);
        try {
            List<String> threads = readOnly().execute(status -> {
                FigureReads.Batch batch = three.batch();
                List<FigureReads.Read<String>> each = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    each.add(batch.add(() -> {
                        started.countDown();
                        await(started);
                        return Thread.currentThread().getName() + "|" + findings() + "|"
                                + SecurityContextHolder.getContext().getAuthentication().getName();
                    }));
                }
                batch.run();
                return each.stream().map(FigureReads.Read::get).toList();
            });
            assertThat(threads).extracting(t -> t.split("\\|")[0]).doesNotHaveDuplicates();
            assertThat(threads).extracting(t -> t.split("\\|")[1]).containsOnly(String.valueOf(findings()));
            assertThat(threads).extracting(t -> t.split("\\|")[2]).containsOnly("lanhdao");
        } finally {
            assertThat(started.getCount()).isZero();
        }
    }

    @Test
    void afterAWriteSinceTheCallersSnapshotTheCallerReadsEverythingFromItsOwn() {
        FigureReads two = readers(2);
        long finding = jdbc.queryForObject("SELECT MIN(id) FROM finding", Long.class);
        String note = jdbc.queryForObject("SELECT COALESCE(note, '') FROM finding WHERE id = ?", String.class, finding);
        try {
            List<String> read = readOnly().execute(status -> {
                long seen = version.current();
                long before = findings();
                // a write committed by another connection after this snapshot was taken
                CompletableFuture.runAsync(() -> jdbc.update("UPDATE finding SET note = ? WHERE id = ?",
                        note + " (sửa)", finding)).join();
                assertThat(jdbc.queryForObject("SELECT version FROM figures_version", Long.class)).isEqualTo(seen);
                FigureReads.Batch batch = two.batch();
                List<FigureReads.Read<String>> each = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    each.add(batch.add(() -> Thread.currentThread().getName() + "|" + jdbc.queryForObject(
                            "SELECT note FROM finding WHERE id = ? AND SLEEP(0.05) = 0", String.class, finding)));
                }
                batch.run();
                assertThat(findings()).isEqualTo(before);
                return each.stream().map(FigureReads.Read::get).toList();
            });
            String caller = Thread.currentThread().getName();
            assertThat(read).allSatisfy(r -> {
                assertThat(r).startsWith(caller + "|");
                assertThat(r).doesNotContain("(sửa)");
            });
        } finally {
            jdbc.update("UPDATE finding SET note = NULLIF(?, '') WHERE id = ?", note, finding);
        }
    }

    @Test
    void outsideAReadOnlyTransactionTheCallerReadsEverything() {
        FigureReads two = readers(2);
        FigureReads.Batch batch = two.batch();
        List<FigureReads.Read<String>> each = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            each.add(batch.add(() -> Thread.currentThread().getName()));
        }
        batch.run();
        assertThat(each).extracting(FigureReads.Read::get).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void aFailedReadFailsWhenItsResultIsTakenAndTheOthersStillHaveTheirs() {
        FigureReads two = readers(2);
        readOnly().executeWithoutResult(status -> {
            FigureReads.Batch batch = two.batch();
            FigureReads.Read<Long> failing = batch.add(() -> {
                throw new IllegalStateException("broken read");
            });
            FigureReads.Read<Long> counted = batch.add(this::findings);
            batch.run();
            assertThat(counted.get()).isEqualTo(findings());
            assertThatThrownBy(failing::get).hasMessage("broken read");
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).as("every read started").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
