package vn.binhthuy.partybuilding.indicators;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final IndicatorRepository repository;
    private final IndicatorQueries queries;

    public IndicatorService(IndicatorRepository repository, IndicatorQueries queries) {
        this.repository = repository;
        this.queries = queries;
    }

    public List<Indicator> catalog() {
        return repository.findAllByOrderBySortOrder();
    }

    public List<IndicatorFrequency> frequencies(int year) {
        return queries.frequencies(year, null);
    }

    public List<IndicatorFrequency> frequencies(int year, long organizationId) {
        return queries.frequencies(year, organizationId);
    }

    /** The most frequent indicators of the year, most frequent first, leaving out those never found. */
    public List<IndicatorFrequency> topFrequencies(int year, int limit) {
        return queries.topFrequencies(year, limit);
    }

    public List<UnitGroupCount> groupsByOrganization(int year) {
        return queries.groupsByOrganization(year);
    }

    public List<UnitGroupCount> groupsByCell(int year, long organizationId) {
        return queries.groupsByCell(year, organizationId);
    }

    public List<UnitIndicatorCount> indicatorsByOrganization(int year) {
        return queries.indicatorsByOrganization(year);
    }

    public long membersWithViolations(int year, long organizationId) {
        return queries.membersWithViolations(year, organizationId);
    }
}
