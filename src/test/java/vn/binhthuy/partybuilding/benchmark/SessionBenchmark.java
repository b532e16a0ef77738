package vn.binhthuy.partybuilding.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * (b) Server time of each level's page (the root overview, a district's page, an organization's page), navigated over
 * HTTP by one session (the view is built, its UIDL serialized and sent); (d) heap retained per open session showing
 * one of them.
 */
final class SessionBenchmark {

    static final String PASSWORD = "BinhThuy@2017";

    /** A page of one level and the account that reads it (the root's leadership for every level). */
    record Level(String name, String route, String query, int charts) {}

    record ViewTime(Level level, double millis, int bytes) {}

    private final String base;
    private final String user;

    SessionBenchmark(String base, String user) {
        this.base = base;
        this.user = user;
    }

    /** The levels of the tree at this scale: at scale 1 the district is the root and has no page of its own. */
    static List<Level> levels(int scale) {
        List<Level> levels = new ArrayList<>();
        levels.add(new Level(scale > 1 ? "province overview (districts compared)" : "overview (district root)", "", "year=2017", 8));
        if (scale > 1) {
            levels.add(new Level("district page /district/q-binh-thuy", "district/q-binh-thuy", "year=2017", 8));
        }
        levels.add(new Level("organization page /ward/p-long-tuyen", "ward/p-long-tuyen", "year=2017", 5));
        return levels;
    }

    /**
     * The levels navigated in turn by one session, so that each is built from a different view every time;
     * {@code beforeEach} runs before every navigation (e.g. a write, so that no cached figures can be used).
     */
    List<ViewTime> viewTimes(List<Level> levels, int warmups, int runs, Runnable beforeEach) {
        try (UidlClient client = new UidlClient(base)) {
            client.login(user, PASSWORD);
            client.openUi();
            int[] bytes = new int[levels.size()];
            long[][] nanos = new long[levels.size()][runs];
            for (int i = -warmups; i < runs; i++) {
                for (int l = 0; l < levels.size(); l++) {
                    Level level = levels.get(l);
                    beforeEach.run();
                    UidlClient.Navigation n = client.navigate(level.route(), level.query());
                    requireCharts(n.body(), level.charts());
                    if (i >= 0) {
                        nanos[l][i] = n.nanos();
                        bytes[l] = n.bytes();
                    }
                }
            }
            List<ViewTime> times = new ArrayList<>();
            for (int l = 0; l < levels.size(); l++) {
                times.add(new ViewTime(levels.get(l), Stats.medianMillis(nanos[l]), bytes[l]));
            }
            return times;
        }
    }

    /** Opens {@code sessions} signed-in sessions showing the level's page; returns the heap retained per session in bytes. */
    long heapPerSession(Level level, int sessions) {
        long before = usedHeapAfterGc();
        List<UidlClient> clients = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            UidlClient client = new UidlClient(base);
            client.login(user, PASSWORD);
            client.openUi();
            requireCharts(client.navigate(level.route(), level.query()).body(), level.charts());
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
