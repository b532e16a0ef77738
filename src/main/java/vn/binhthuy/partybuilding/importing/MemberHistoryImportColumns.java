package vn.binhthuy.partybuilding.importing;

import java.util.List;

/** The columns of a members' cell-history file, in order: one row per stretch a member spent in a cell. */
public final class MemberHistoryImportColumns {

    /** The sheet of a template and of the Board's whole-dataset workbook that holds these rows. */
    public static final String SHEET = "Quá trình sinh hoạt";

    public static final String MEMBER_CODE = "Mã đảng viên";
    public static final String CELL_CODE = "Mã chi bộ";
    public static final String FROM = "Từ ngày";
    public static final String TO = "Đến ngày";

    public static final List<String> ALL = List.of(MEMBER_CODE, CELL_CODE, FROM, TO);

    private MemberHistoryImportColumns() {
    }
}
