package vn.binhthuy.partybuilding.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one import created and changed, for its audit row: every change counted, the first {@link #MAX_LISTED} listed
 * by key, each entry cut to {@link #MAX_ENTRY_CHARS} characters — so a province-wide correction still fits the audit
 * column (64 KB) and the audit can never be the reason an import fails.
 */
final class ImportChanges {

    static final int MAX_LISTED = 100;
    static final int MAX_ENTRY_CHARS = 80;
    private static final int MAX_FILE_NAME_CHARS = 200;

    private final List<String> listed = new ArrayList<>();
    private int count;

    /** One created or changed row: its key (member, finding) and what happened to it ("HTNV → HTTNV"). */
    void add(String key, String change) {
        count++;
        if (listed.size() < MAX_LISTED) {
            listed.add(cut(key + ": " + change, MAX_ENTRY_CHARS));
        }
    }

    /** The audit's after-value: how many rows changed, the listed ones, how many were left out; null if none. */
    Map<String, Object> snapshot() {
        if (count == 0) {
            return null;
        }
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("changed", count);
        snapshot.put("listed", List.copyOf(listed));
        snapshot.put("notListed", count - listed.size());
        return snapshot;
    }

    static String summary(String fileName, ImportResult result) {
        return cut(fileName == null ? "" : fileName, MAX_FILE_NAME_CHARS) + ": " + result.created() + " created, "
                + result.updated() + " updated, " + result.unchanged() + " unchanged";
    }

    /** Cut in code points, never inside a surrogate pair. */
    static String cut(String text, int maxCodePoints) {
        return text.codePointCount(0, text.length()) <= maxCodePoints ? text
                : text.substring(0, text.offsetByCodePoints(0, maxCodePoints - 1)) + "…";
    }
}
