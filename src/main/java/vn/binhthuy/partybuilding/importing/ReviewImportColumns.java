package vn.binhthuy.partybuilding.importing;

import vn.binhthuy.partybuilding.reviews.ReviewParticipation;

import java.util.List;
import java.util.Map;

/**
 * The columns of a review-delegation file (the reviews the standing board led or attended in the year, of a collective
 * or of one member) and the words its participation column accepts besides the codes LED and ATTENDED.
 */
public final class ReviewImportColumns {

    /** Blank: the review of the collective named by the unit code. */
    public static final String MEMBER_CODE = "Mã đảng viên";
    /** The collective reviewed (the organization or a cell), or the unit the member belonged to. */
    public static final String UNIT_CODE = "Mã đơn vị";
    public static final String YEAR = "Năm";
    public static final String PARTICIPATION = "Hình thức";
    public static final String REVIEW_DATE = "Ngày kiểm điểm";
    public static final String HEAD = "Trưởng đoàn";
    public static final String NOTE = "Ghi chú";

    public static final List<String> ALL = List.of(MEMBER_CODE, UNIT_CODE, YEAR, PARTICIPATION, REVIEW_DATE, HEAD,
            NOTE);

    static final Map<String, ReviewParticipation> PARTICIPATIONS = CodeWords.labels(
            "Đoàn kiểm điểm của BTV", ReviewParticipation.LED, "BTV dự kiểm điểm", ReviewParticipation.ATTENDED);

    static final int MAX_HEAD = 160;
    static final int MAX_NOTE = 1000;

    private ReviewImportColumns() {
    }

    /** The SQL that writes a review's participation (column p) as the words above. */
    public static String participationSql(String p) {
        return CodeWords.sql(p, PARTICIPATIONS);
    }
}
