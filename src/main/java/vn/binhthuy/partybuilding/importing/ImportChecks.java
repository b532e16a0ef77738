package vn.binhthuy.partybuilding.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks every kind of yearly file shares: the header, the year column, dates within the year's review period. */
final class ImportChecks {

    /** Strict: 31/02/2020 is not a date (a lenient parser would store 29/02/2020). */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);
    static final int MAX_NOTE = 500;

    private ImportChecks() {
    }

    /** Column positions by header; the first of two equal headers wins. */
    static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
        return columns;
    }

    /**
     * What stops a file before its rows are checked: it cannot be read, lacks a required column (one problem per
     * column), or has no data rows. Empty when the rows can be checked.
     */
    static List<ImportProblem> blocking(ImportFileReader.Result file, List<String> required) {
        if (!file.problems().isEmpty()) {
            return file.problems();
        }
        Map<String, Integer> columns = columns(file.header());
        List<ImportProblem> missing = required.stream().filter(c -> !columns.containsKey(c))
                .map(c -> ImportProblem.at(0, c, "import.error.missing-column", c)).toList();
        if (!missing.isEmpty()) {
            return missing;
        }
        if (file.rows().isEmpty()) {
            return List.of(ImportProblem.ofFile(file.examples() > 0 ? "import.error.only-examples"
                    : "import.error.no-rows", file.examples()));
        }
        ImportProgress.current().checking(file.rows().size());
        return List.of();
    }

    static void checkYear(String text, int year, int row, String column, List<ImportProblem> problems) {
        if (text.isBlank()) {
            problems.add(ImportProblem.at(row, column, "import.error.required"));
            return;
        }
        try {
            double value = Double.parseDouble(text.replace(",", "."));
            if (value != Math.rint(value)) {
                problems.add(ImportProblem.at(row, column, "import.error.not-a-number", text));
            } else if ((int) value != year) {
                problems.add(ImportProblem.at(row, column, "import.error.wrong-year", text, year));
            }
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.at(row, column, "import.error.not-a-number", text));
        }
    }

    /**
     * A date of the year's review period (the year and the first quarter after it), or null with a problem added;
     * blank gives null and no problem (the caller decides whether the date is required).
     */
    static LocalDate date(String text, int year, int row, String column, List<ImportProblem> problems) {
        LocalDate date = day(text, row, column, problems);
        if (date != null && (date.isBefore(LocalDate.of(year, 1, 1)) || date.isAfter(LocalDate.of(year + 1, 3, 31)))) {
            problems.add(ImportProblem.at(row, column, "import.error.date-out-of-range", text, year));
            return null;
        }
        return date;
    }

    /** A real day (strict dd/MM/yyyy or yyyy-MM-dd), or null with a problem added; blank gives null and no problem. */
    static LocalDate day(String text, int row, String column, List<ImportProblem> problems) {
        if (text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        problems.add(ImportProblem.at(row, column, "import.error.not-a-date", text));
        return null;
    }

    /** A day as the messages show it: 19/03/2018. */
    static String dayText(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** A note fits the database column, counted as the database counts: in characters (code points), an emoji is one. */
    static void checkNote(String note, int row, String column, List<ImportProblem> problems) {
        if (note.codePointCount(0, note.length()) > MAX_NOTE) {
            problems.add(ImportProblem.at(row, column, "import.error.too-long", MAX_NOTE));
        }
    }

    /** The value a required cell stands for, or null with the problem recorded (naming the allowed words). */
    static <E> E coded(Collection<String> allowedWords, Optional<E> value, String text, int row,
                               String column, List<ImportProblem> problems) {
        if (text.isBlank()) {
            problems.add(ImportProblem.at(row, column, "import.error.required"));
            return null;
        }
        return value.orElseGet(() -> {
            problems.add(ImportProblem.at(row, column, "import.error.not-allowed", text,
                    String.join(", ", allowedWords)));
            return null;
        });
    }

    /** A text fits its database column, counted in characters (code points) as the database counts them. */
    static void checkLength(String text, int max, int row, String column, List<ImportProblem> problems) {
        if (text.codePointCount(0, text.length()) > max) {
            problems.add(ImportProblem.at(row, column, "import.error.too-long-text", max));
        }
    }

    static boolean sameName(String given, String stored) {
        return given.trim().replaceAll("\\s+", " ").equalsIgnoreCase(stored.trim().replaceAll("\\s+", " "));
    }
}
