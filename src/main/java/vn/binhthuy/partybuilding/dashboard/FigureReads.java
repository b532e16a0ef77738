package vn.binhthuy.partybuilding.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A page's independent figures read on several connections at once, all from the same state of the data.
 * MariaDB runs each statement on one core; a province's overview is a dozen grouped statements over thousands of
 * organizations (≈ 240 ms one after another at scale 100, docs/benchmarks.md), which two cores read in about half
 * the time.
 * <p>
 * The calling thread reads in its own (read-only) transaction; each helper thread opens a read-only transaction of
 * its own and first reads {@code figures_version} (V17), which every write to the tables a page reads changes: only
 * if it sees the caller's number does it see the caller's rows, and only then does it take reads from the batch.
 * Otherwise (a write landed in between) it takes none, and the caller reads them itself. Outside a read-only
 * transaction (the caller's own writes would be invisible to other connections) everything is read by the caller.
 */
@Component
class FigureReads {

    private static final Logger LOG = LoggerFactory.getLogger(FigureReads.class);

    private final FiguresVersion figuresVersion;
    private final TransactionTemplate ownSnapshot;
    private final Executor helpers;
    private final int helperCount;

    /**
     * @param helpers Spring Boot's task executor, shared: when it is busy the page's thread reads more itself
     * @param readers how many connections read one page's figures at once, the caller's included; 1 reads them one
     *                after another on the caller's connection. Default: the machine's cores.
     */
    FigureReads(FiguresVersion figuresVersion, PlatformTransactionManager transactions,
                @Qualifier("applicationTaskExecutor") Executor helpers,
                @Value("${partybuilding.dashboard.parallel-readers:0}") int readers) {
        this.figuresVersion = figuresVersion;
        this.ownSnapshot = new TransactionTemplate(transactions);
        ownSnapshot.setReadOnly(true);
        ownSnapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.helpers = helpers;
        this.helperCount = Math.max(0, (readers > 0 ? readers : Runtime.getRuntime().availableProcessors()) - 1);
    }

    /** A new batch: add the reads, {@link Batch#run()} them, then take each one's result. */
    Batch batch() {
        return new Batch();
    }

    /** One read of a batch; its result once the batch has run. */
    static final class Read<T> {

        private final Supplier<T> reading;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile T result;
        private volatile RuntimeException failure;

        private Read(Supplier<T> reading) {
            this.reading = reading;
        }

        private void read() {
            try {
                result = reading.get();
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                done.countDown();
            }
        }

        private void awaitResult() {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while figures were read", e);
            }
        }

        T get() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    final class Batch {

        private final List<Read<?>> reads = new ArrayList<>();

        <T> Read<T> add(Supplier<T> reading) {
            Read<T> read = new Read<>(reading);
            reads.add(read);
            return read;
        }

        /**
         * Reads everything added; returns when every read has its result (or its failure). Waits for no helper that
         * has not started: a busy pool only means the caller reads more itself.
         */
        void run() {
            Queue<Read<?>> pending = new ConcurrentLinkedQueue<>(reads);
            if (helperCount > 0 && reads.size() > 1 && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                long version = figuresVersion.current();
                for (int i = 0; i < Math.min(helperCount, reads.size() - 1); i++) {
                    helpers.execute(new DelegatingSecurityContextRunnable(() -> help(pending, version)));
                }
            }
            drain(pending);
            reads.forEach(Read::awaitResult);
        }

        private void help(Queue<Read<?>> pending, long version) {
            if (pending.isEmpty()) {
                return;
            }
            try {
                ownSnapshot.executeWithoutResult(status -> {
                    if (figuresVersion.current() == version) {
                        drain(pending);
                    }
                });
            } catch (RuntimeException e) {
                // no connection now, say: the caller reads what this helper did not take
                LOG.debug("A helper could not read figures", e);
            }
        }

        private static void drain(Queue<Read<?>> pending) {
            for (Read<?> read = pending.poll(); read != null; read = pending.poll()) {
                read.read();
            }
        }
    }
}
