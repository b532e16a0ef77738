package vn.binhthuy.partybuilding.importing;

import java.util.List;

/** The columns of a unit file, in order; the headers are what the template and the dataset workbook write. */
public final class UnitImportColumns {

    /** The sheet of a template and of the Board's whole-dataset workbook that holds these rows. */
    public static final String SHEET = "Đơn vị";

    public static final String CODE = "Mã đơn vị";
    public static final String NAME = "Tên đơn vị";
    public static final String SHORT_NAME = "Tên ngắn";
    public static final String KIND = "Loại hình";
    public static final String PARENT_CODE = "Mã đơn vị cấp trên";
    public static final String FROM_YEAR = "Từ năm";
    public static final String TO_YEAR = "Đến năm";
    public static final String SORT_ORDER = "Thứ tự";

    public static final List<String> ALL = List.of(CODE, NAME, SHORT_NAME, KIND, PARENT_CODE, FROM_YEAR, TO_YEAR,
            SORT_ORDER);

    private UnitImportColumns() {
    }
}
