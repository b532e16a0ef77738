package vn.binhthuy.partybuilding.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * (e) Many signed-in sessions at once, each alternating between the overview and a ward view with a think time
 * between clicks, for a fixed duration; reports latency percentiles of the UIDL navigations and the errors.
 */
final class LoadBenchmark {

    record Result(int sessions, int requests, int errors, double p50Millis, double p95Millis, double maxMillis,
                  double perSecond, String firstError) {}

    private static final String[] WARDS = {"p-long-tuyen", "p-tra-noc", "p-binh-thuy", "p-an-thoi", "p-long-hoa"};

    private final String base;
    private final String user;

    LoadBenchmark(String base, String user) {
        this.base = base;
        this.user = user;
    }

    Result run(int sessions, Duration duration, Duration meanThink) throws InterruptedException {
        List<UidlClient> clients = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            UidlClient client = new UidlClient(base);
            client.login(user, SessionBenchmark.PASSWORD);
            client.openUi();
            clients.add(client);
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        List<String> firstError = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            for (UidlClient client : clients) {
                users.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    sleep((long) (random.nextDouble() * meanThink.toMillis()));
                    int step = 0;
                    while (System.nanoTime() < end) {
                        try {
                            UidlClient.Navigation n = step++ % 2 == 0
                                    ? client.navigate("", "year=2017")
                                    : client.navigate("ward/" + WARDS[random.nextInt(WARDS.length)], "year=2017");
                            latencies.add(n.nanos());
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            if (firstError.isEmpty()) {
                                firstError.add(e.getMessage());
                            }
                        }
                        sleep((long) (meanThink.toMillis() * (0.5 + random.nextDouble())));
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        clients.forEach(UidlClient::close);
        return new Result(sessions, latencies.size(), errors.get(), Stats.percentileMillis(latencies, 50),
                Stats.percentileMillis(latencies, 95), Stats.percentileMillis(latencies, 100),
                latencies.size() / seconds, firstError.isEmpty() ? "" : firstError.getFirst());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
