package vn.binhthuy.partybuilding.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/** Timing helpers: warm-up, repeated runs, medians and percentiles of nanosecond samples. */
final class Stats {

    private Stats() {
    }

    /** Runs {@code warmups} untimed, then {@code runs} timed; returns the samples in nanoseconds. */
    static long[] sample(int warmups, int runs, Runnable action) {
        for (int i = 0; i < warmups; i++) {
            action.run();
        }
        long[] samples = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.run();
            samples[i] = System.nanoTime() - start;
        }
        return samples;
    }

    /** Like {@link #sample} for actions that measure themselves (e.g. a browser reporting its own clock). */
    static long[] sampleReported(int warmups, int runs, LongSupplier action) {
        for (int i = 0; i < warmups; i++) {
            action.getAsLong();
        }
        long[] samples = new long[runs];
        for (int i = 0; i < runs; i++) {
            samples[i] = action.getAsLong();
        }
        return samples;
    }

    static double percentile(long[] samples, double p) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double medianMillis(long[] nanos) {
        return percentile(nanos, 50) / 1e6;
    }

    static double percentileMillis(List<Long> nanos, double p) {
        return percentile(nanos.stream().mapToLong(Long::longValue).toArray(), p) / 1e6;
    }
}
