package vn.binhthuy.partybuilding.remediation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Service
@Transactional(readOnly = true)
public class RemediationService {

    private final RemediationQueries queries;
    private final Clock clock;

    public RemediationService(RemediationQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public RemediationSummary districtSummary(int year) {
        return queries.summary(year, null, today());
    }

    public RemediationSummary organizationSummary(int year, long organizationId) {
        return queries.summary(year, organizationId, today());
    }

    public List<UnitStatusCount> statusByOrganization(int year) {
        return queries.statusByOrganization(year, today());
    }

    public List<UnitStatusCount> statusByCell(int year, long organizationId) {
        return queries.statusByCell(year, organizationId, today());
    }

    public List<MonthlyProgress> monthlyProgress(int year) {
        return queries.monthlyProgress(year, null);
    }

    public List<MonthlyProgress> monthlyProgress(int year, long organizationId) {
        return queries.monthlyProgress(year, organizationId);
    }
}
