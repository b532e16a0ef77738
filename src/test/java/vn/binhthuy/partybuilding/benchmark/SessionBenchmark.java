package vn.binhthuy.partybuilding.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * (b) Server time of the overview and ward views, navigated over HTTP by one session (the view is built, its UIDL
 * serialized and sent); (d) heap retained per open session with the overview showing.
 */
final class SessionBenchmark {

    static final String PASSWORD = "BinhThuy@2017";

    record ViewTimes(double overviewMillis, int overviewBytes, double wardMillis, int wardBytes) {}

    private final String base;

    SessionBenchmark(String base) {
        this.base = base;
    }

    ViewTimes viewTimes(int warmups, int runs) {
        try (UidlClient client = new UidlClient(base)) {
            client.login("lanhdao", PASSWORD);
            client.openUi();
            int[] bytes = new int[2];
            long[] overview = new long[runs];
            long[] ward = new long[runs];
            for (int i = -warmups; i < runs; i++) {
                UidlClient.Navigation o = client.navigate("", "year=2017");
                UidlClient.Navigation w = client.navigate("ward/p-long-tuyen", "year=2017");
                requireCharts(o.body(), 8);
                requireCharts(w.body(), 5);
                if (i >= 0) {
                    overview[i] = o.nanos();
                    ward[i] = w.nanos();
                    bytes[0] = o.bytes();
                    bytes[1] = w.bytes();
                }
            }
            return new ViewTimes(Stats.medianMillis(overview), bytes[0], Stats.medianMillis(ward), bytes[1]);
        }
    }

    /** Opens {@code sessions} signed-in sessions showing the overview; returns the heap retained per session in bytes. */
    long heapPerSession(int sessions) {
        long before = usedHeapAfterGc();
        List<UidlClient> clients = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            UidlClient client = new UidlClient(base);
            client.login("lanhdao", PASSWORD);
            client.openUi();
            client.navigate("", "year=2017");
            clients.add(client);
        }
        // the server keeps the sessions; the clients (in this same JVM) must not be counted
        clients.forEach(UidlClient::close);
        clients.clear();
        long after = usedHeapAfterGc();
        return (after - before) / sessions;
    }

    static void requireCharts(String uidl, int atLeast) {
        int charts = uidl.split("\"pb-echart\"", -1).length - 1;
        if (charts < atLeast) {
            throw new IllegalStateException("Expected at least " + atLeast + " charts in the answer, found " + charts);
        }
    }

    static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
