package vn.binhthuy.partybuilding.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what one part of an XLSX file decompresses to and refuses a decompression bomb while it inflates: a part
 * growing more than {@link ImportLimits#maxInflation()} times its compressed size (after a first megabyte of grace,
 * tiny parts compress well), or all parts together beyond {@link ImportLimits#maxXmlBytes()}.
 */
final class InflationGuard extends FilterInputStream {

    private static final long GRACE = 1024 * 1024;

    /** The decompressed bytes of all parts read so far. */
    static final class Budget {
        private final ImportLimits limits;
        private long used;

        Budget(ImportLimits limits) {
            this.limits = limits;
        }
    }

    private final long compressedSize;
    private final Budget budget;
    private long read;

    InflationGuard(InputStream in, long compressedSize, Budget budget) {
        super(in);
        this.compressedSize = Math.max(compressedSize, 1);
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        budget.used += n;
        if (read > GRACE && read > compressedSize * budget.limits.maxInflation()
                || budget.used > budget.limits.maxXmlBytes()) {
            throw new ImportRefusal(ImportProblem.ofFile("import.error.inflated"));
        }
    }
}
