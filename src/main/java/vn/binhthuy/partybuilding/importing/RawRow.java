package vn.binhthuy.partybuilding.importing;

import java.util.List;

/** A data row as read from the file: its row number in the file and the cell texts, already NFC-normalized. */
record RawRow(int number, List<String> cells) {

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
