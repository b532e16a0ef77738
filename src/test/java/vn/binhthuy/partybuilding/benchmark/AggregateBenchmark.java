package vn.binhthuy.partybuilding.benchmark;

import org.springframework.context.ApplicationContext;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.dashboard.ScorecardService;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.remediation.RemediationService;
import vn.binhthuy.partybuilding.reviews.ReviewService;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * (a) Every aggregate the overview and the ward view ask for, through its service (security check, transaction,
 * JdbcClient, mapping to records) and as the same SQL with the same parameters through plain JDBC.
 */
final class AggregateBenchmark {

    record Result(String name, double serviceMillis, double jdbcMillis, int rows) {
        double ratio() {
            return serviceMillis / jdbcMillis;
        }
    }

    private final ApplicationContext app;
    private final DataSource raw;

    AggregateBenchmark(ApplicationContext app, DataSource raw) {
        this.app = app;
        this.raw = raw;
    }

    List<Result> run(int warmups, int runs) {
        List<Result> results = new ArrayList<>();
        aggregates().forEach((name, call) -> {
            List<SqlRecorder.Query> queries = SqlRecorder.record(call::get);
            if (queries.isEmpty()) {
                throw new IllegalStateException(name + " ran no query");
            }
            int rows = SqlRecorder.replay(raw, queries);
            Object result = call.get();
            if (result instanceof List<?> list && list.size() != rows) {
                throw new IllegalStateException(name + ": service returned " + list.size() + " rows, JDBC " + rows);
            }
            long[] service = Stats.sample(warmups, runs, call::get);
            long[] jdbc = Stats.sample(warmups, runs, () -> SqlRecorder.replay(raw, queries));
            results.add(new Result(name, Stats.medianMillis(service), Stats.medianMillis(jdbc), rows));
        });
        return results;
    }

    private Map<String, Supplier<Object>> aggregates() {
        ClassificationService classification = app.getBean(ClassificationService.class);
        IndicatorService indicators = app.getBean(IndicatorService.class);
        RemediationService remediation = app.getBean(RemediationService.class);
        ReviewService reviews = app.getBean(ReviewService.class);
        ScorecardService scorecards = app.getBean(ScorecardService.class);
        long ward = app.getBean(UnitService.class).byCode("p-long-tuyen").orElseThrow().id();
        UnitScope all = UnitScope.DISTRICT;
        Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
        calls.put("overview: classification summary", () -> classification.summary(2017, all));
        calls.put("overview: classification trend", () -> classification.trend(all));
        calls.put("overview: organization levels by kind", () -> classification.organizationLevelsByKind(2017, all));
        calls.put("overview: member levels by organization", () -> classification.memberLevelsByOrganization(2017, all));
        calls.put("overview: excellent-share breaches", () -> classification.excellentShareBreaches(2019, all));
        calls.put("overview: top indicators", () -> indicators.topFrequencies(2017, null, all, 10));
        calls.put("overview: groups by organization", () -> indicators.groupsByOrganization(2017, all));
        calls.put("overview: heatmap organization x indicator", () -> indicators.indicatorsByOrganization(2017, null, all));
        calls.put("overview: remediation summary", () -> remediation.summary(2017, all));
        calls.put("overview: plan status by organization", () -> remediation.statusByOrganization(2017, all));
        calls.put("overview: monthly progress", () -> remediation.monthlyProgress(2017, all));
        calls.put("overview: review summary", () -> reviews.summary(2017, all));
        calls.put("overview: scorecard by organization", () -> scorecards.byOrganization(2017, all));
        app.getBean(UnitService.class).byCode("q-binh-thuy")
                .filter(district -> district.parentId() != null)
                .ifPresent(district -> districtAggregates(calls, UnitScope.district(district.id())));
        UnitScope own = UnitScope.organization(ward);
        calls.put("ward: classification summary", () -> classification.summary(2017, own));
        calls.put("ward: classification trend", () -> classification.trend(own));
        calls.put("ward: member levels by cell", () -> classification.memberLevelsByCell(2017, ward));
        calls.put("ward: groups by cell", () -> indicators.groupsByCell(2017, ward));
        calls.put("ward: plan status by cell", () -> remediation.statusByCell(2017, ward));
        calls.put("ward: monthly progress", () -> remediation.monthlyProgress(2017, own));
        calls.put("ward: scorecard by cell", () -> scorecards.byCell(2017, ward));
        return calls;
    }

    /** A district's page below a province root: the overview's per-organization aggregates of that district. */
    private void districtAggregates(Map<String, Supplier<Object>> calls, UnitScope district) {
        ClassificationService classification = app.getBean(ClassificationService.class);
        IndicatorService indicators = app.getBean(IndicatorService.class);
        RemediationService remediation = app.getBean(RemediationService.class);
        ScorecardService scorecards = app.getBean(ScorecardService.class);
        calls.put("district: classification summary", () -> classification.summary(2017, district));
        calls.put("district: classification trend", () -> classification.trend(district));
        calls.put("district: member levels by organization", () -> classification.memberLevelsByOrganization(2017, district));
        calls.put("district: groups by organization", () -> indicators.groupsByOrganization(2017, district));
        calls.put("district: heatmap organization x indicator", () -> indicators.indicatorsByOrganization(2017, null, district));
        calls.put("district: plan status by organization", () -> remediation.statusByOrganization(2017, district));
        calls.put("district: monthly progress", () -> remediation.monthlyProgress(2017, district));
        calls.put("district: scorecard by organization", () -> scorecards.byOrganization(2017, district));
    }
}
