package vn.binhthuy.partybuilding.export;

/**
 * Text for a CSV cell that a spreadsheet will not run as a formula (OWASP "CSV injection"): text starting with
 * {@code = + - @}, a tab or a carriage return gets a leading single quote. Numbers stay numbers (a negative count is
 * data, not a formula); only text is neutralised, so a unit named "-2+3" is written as "'-2+3".
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static Object safe(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        return safe(value.toString());
    }

    public static String safe(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
