package vn.binhthuy.partybuilding.importing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Vietnamese words an import accepts for a coded column (degree, source, participation, kind), besides the codes
 * themselves; and the same words as SQL, so the Board's workbook writes what the import reads.
 */
public final class CodeWords {

    private CodeWords() {
    }

    /** The words and the values they stand for, in order: "Nhẹ", MILD, "Trung bình", MODERATE… */
    @SuppressWarnings("unchecked")
    static <E> Map<String, E> labels(Object... wordThenValue) {
        Map<String, E> labels = new LinkedHashMap<>();
        for (int i = 0; i < wordThenValue.length; i += 2) {
            labels.put((String) wordThenValue[i], (E) wordThenValue[i + 1]);
        }
        return labels;
    }

    /** The value a cell's text stands for: a listed word (any case) or the code itself. */
    static <E extends Enum<E>> Optional<E> code(Map<String, E> allowed, String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        return allowed.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(key) || e.getValue().name().equalsIgnoreCase(key))
                .map(Map.Entry::getValue).findFirst();
    }

    /** The word of a value, as a file writes it (the preview shows a row in the file's words). */
    static <E> String word(Map<String, E> words, E value) {
        return words.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).findFirst()
                .orElse(String.valueOf(value));
    }

    /** A date as a file writes it: 15/12/2020. */
    static String date(java.time.LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** A SQL expression turning the codes of a column into these words (the words are constants, never input). */
    static String sql(String column, Map<String, ? extends Enum<?>> words) {
        return words.entrySet().stream()
                .map(e -> " WHEN '" + e.getValue().name() + "' THEN '" + e.getKey().replace("'", "''") + "'")
                .collect(Collectors.joining("", "CASE " + column, " ELSE " + column + " END"));
    }
}
