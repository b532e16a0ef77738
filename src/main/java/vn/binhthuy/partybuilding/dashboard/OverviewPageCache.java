package vn.binhthuy.partybuilding.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Overviews already read, kept while nothing they show has changed. A province's overview reads the counts of
 * thousands of organizations, and its leadership, the district leaderships and the Board open the same few pages
 * (docs/benchmarks.md). The key holds the number in {@code figures_version} (V17), which every write to the tables
 * an overview reads changes in its own transaction: read in the same transaction as the figures, it names exactly
 * the rows they were read from, so an entry is never shown once anything it counts has changed, whichever
 * application instance wrote it. The scope in the key is the one already narrowed to the user (PageScopes), and
 * "today" is in it for the overdue plans.
 */
@Component
class OverviewPageCache {

    record Key(UnitScope scope, int year, String groupCode, int compareYear, LocalDate today, long version) {}

    private final Cache<Key, OverviewPage> pages;
    private final FiguresVersion figuresVersion;
    private final Clock clock;

    /**
     * @param rows how many rows the kept pages may hold together, the least recently used going first: a province's
     *             overview holds ≈ 4.000, a district's ≈ 500 (a few hundred bytes each)
     */
    OverviewPageCache(FiguresVersion figuresVersion, Clock clock,
                      @Value("${partybuilding.dashboard.cached-overview-rows:100000}") long rows) {
        this.figuresVersion = figuresVersion;
        this.clock = clock;
        this.pages = Caffeine.newBuilder().maximumWeight(rows)
                .weigher((Key key, OverviewPage page) -> page.rows() + 1).build();
    }

    /**
     * The page of the key, read by {@code read} unless an equal key was read before. Only inside a read-only
     * transaction: one that wrote could read a number it then rolls back, which a later write would reuse.
     */
    OverviewPage get(UnitScope scope, int year, String groupCode, int compareYear, Supplier<OverviewPage> read) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read.get();
        }
        Key key = new Key(scope, year, groupCode, compareYear, LocalDate.now(clock), figuresVersion.current());
        return pages.get(key, k -> read.get());
    }

    /** How many pages are kept (for tests and the benchmark's cold runs). */
    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
