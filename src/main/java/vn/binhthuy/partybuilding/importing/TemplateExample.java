package vn.binhthuy.partybuilding.importing;

/**
 * The example rows of the downloadable templates: made-up values only, each row starting with
 * {@link RowCollector#EXAMPLE_MARK} so the reader skips it — importing an untouched template changes nothing.
 */
final class TemplateExample {

    static final String MEMBER_CODE = RowCollector.EXAMPLE_MARK + " DV000000";
    static final String FULL_NAME = "Nguyễn Văn A";
    static final String CELL_CODE = "(mã chi bộ, xem trang Danh mục)";
    static final String COLLECTIVE = RowCollector.EXAMPLE_MARK + " (để trống mã đảng viên: cả chi bộ)";
    static final String ORGANIZATION_CODE = RowCollector.EXAMPLE_MARK + " (mã tổ chức, xem trang Danh mục)";
    static final String ORGANIZATION_NAME = "Đảng bộ phường Ví Dụ";
    static final String NOTE = "Dòng ví dụ, không được nhập; điền dữ liệu vào các dòng dưới";

    private TemplateExample() {
    }
}
