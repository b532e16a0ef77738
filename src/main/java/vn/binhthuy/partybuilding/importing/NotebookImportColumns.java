package vn.binhthuy.partybuilding.importing;

import vn.binhthuy.partybuilding.reviews.NotebookKind;

import java.util.List;
import java.util.Map;

/**
 * The columns of a notebook file (dated notes of the strengths and shortcomings of a collective) and the words its
 * kind column accepts besides the codes STRENGTH and SHORTCOMING.
 */
public final class NotebookImportColumns {

    /** The collective the note is about: the organization or one of its cells. */
    public static final String UNIT_CODE = "Mã đơn vị";
    public static final String DATE = "Ngày ghi";
    public static final String KIND = "Loại";
    public static final String CONTENT = "Nội dung";
    /** Who wrote the note; blank: the person importing (a stored note keeps its author). */
    public static final String RECORDED_BY = "Người ghi";

    public static final List<String> ALL = List.of(UNIT_CODE, DATE, KIND, CONTENT, RECORDED_BY);

    static final Map<String, NotebookKind> KINDS = CodeWords.labels(
            "Ưu điểm", NotebookKind.STRENGTH, "Hạn chế", NotebookKind.SHORTCOMING);

    static final int MAX_CONTENT = 2000;
    static final int MAX_AUTHOR = 160;

    private NotebookImportColumns() {
    }

    /** The SQL that writes a note's kind (column k) as the words above. */
    public static String kindSql(String k) {
        return CodeWords.sql(k, KINDS);
    }
}
