package vn.binhthuy.partybuilding.importing;

import java.util.List;

/**
 * One thing wrong with an uploaded file: where (row number as Excel shows it, column header; 0/"" for the whole
 * file) and what (a message key with its arguments, translated by the view).
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments) {

    public static ImportProblem ofFile(String messageKey, Object... arguments) {
        return new ImportProblem(0, "", messageKey, List.of(arguments));
    }

    public static ImportProblem at(int row, String column, String messageKey, Object... arguments) {
        return new ImportProblem(row, column, messageKey, List.of(arguments));
    }
}
