package vn.binhthuy.partybuilding.importing;

import java.util.List;

/**
 * The columns of a progress-reports file: a row per report, its plan named as in the plans file (a stored plan's
 * number, or the organization and the key the plans file gave it). The export's sheet of the same name writes them.
 */
public final class PlanProgressImportColumns {

    public static final String PLAN_KEY = PlanImportColumns.PLAN_KEY;
    public static final String YEAR = PlanImportColumns.YEAR;
    public static final String ORGANIZATION_CODE = PlanImportColumns.ORGANIZATION_CODE;
    public static final String REPORTED_ON = "Ngày báo cáo";
    public static final String PERCENT = "Tỷ lệ hoàn thành (%)";
    public static final String NOTE = "Nội dung";

    public static final List<String> ALL = List.of(PLAN_KEY, YEAR, ORGANIZATION_CODE, REPORTED_ON, PERCENT, NOTE);

    private PlanProgressImportColumns() {
    }
}
