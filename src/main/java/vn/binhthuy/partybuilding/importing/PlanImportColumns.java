package vn.binhthuy.partybuilding.importing;

import vn.binhthuy.partybuilding.indicators.ShortcomingSource;
import vn.binhthuy.partybuilding.remediation.PlanStatus;
import vn.binhthuy.partybuilding.remediation.VerificationResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a remediation-plans file, one row per plan, and the words its source, status and post-inspection
 * columns accept (the Vietnamese words the plan pages show, or the codes). The export's plan sheet writes exactly
 * these headers and words.
 */
public final class PlanImportColumns {

    public static final String PLAN_KEY = "Mã kế hoạch";
    public static final String YEAR = "Năm";
    public static final String ORGANIZATION_CODE = "Mã tổ chức";
    public static final String UNIT_CODE = "Mã đơn vị";
    public static final String MEMBER_CODE = "Mã đảng viên";
    public static final String SOURCE = "Nguồn";
    public static final String TITLE = "Tên kế hoạch";
    public static final String SHORTCOMINGS = "Hạn chế, khuyết điểm";
    public static final String RESPONSIBLE = "Người chịu trách nhiệm";
    public static final String INDICATORS = "Biểu hiện liên quan";
    public static final String CREATED_ON = "Ngày lập";
    public static final String DEADLINE = "Hạn hoàn thành";
    public static final String STATUS = "Trạng thái";
    public static final String COMPLETED_ON = "Ngày hoàn thành";
    public static final String VERIFICATION = "Kết quả hậu kiểm";
    public static final String VERIFIED_ON = "Ngày hậu kiểm";
    public static final String VERIFICATION_NOTE = "Ghi chú hậu kiểm";

    public static final List<String> ALL = List.of(PLAN_KEY, YEAR, ORGANIZATION_CODE, UNIT_CODE, MEMBER_CODE, SOURCE,
            TITLE, SHORTCOMINGS, RESPONSIBLE, INDICATORS, CREATED_ON, DEADLINE, STATUS, COMPLETED_ON, VERIFICATION,
            VERIFIED_ON, VERIFICATION_NOTE);

    static final Map<String, ShortcomingSource> SOURCES = words(
            "Tự kiểm điểm", ShortcomingSource.SELF_REVIEW, "Đoàn kiểm điểm", ShortcomingSource.REVIEW_DELEGATION,
            "Kiểm tra", ShortcomingSource.INSPECTION);
    static final Map<String, PlanStatus> STATUSES = words(
            "Chưa thực hiện", PlanStatus.NOT_STARTED, "Đang thực hiện", PlanStatus.IN_PROGRESS,
            "Đã hoàn thành", PlanStatus.DONE, "Đã hậu kiểm", PlanStatus.VERIFIED);
    static final Map<String, VerificationResult> RESULTS = words(
            "Xác nhận đã khắc phục", VerificationResult.CONFIRMED,
            "Chưa khắc phục triệt để", VerificationResult.NOT_CONFIRMED);

    private PlanImportColumns() {
    }

    static Optional<ShortcomingSource> source(String text) {
        return CodeWords.code(SOURCES, text);
    }

    static Optional<PlanStatus> status(String text) {
        return CodeWords.code(STATUSES, text);
    }

    static Optional<VerificationResult> result(String text) {
        return CodeWords.code(RESULTS, text);
    }

    @SuppressWarnings("unchecked")
    private static <E> Map<String, E> words(Object... wordThenValue) {
        Map<String, E> words = new LinkedHashMap<>();
        for (int i = 0; i < wordThenValue.length; i += 2) {
            words.put((String) wordThenValue[i], (E) wordThenValue[i + 1]);
        }
        return words;
    }
}
