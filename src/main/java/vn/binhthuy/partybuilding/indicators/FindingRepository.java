package vn.binhthuy.partybuilding.indicators;

import org.springframework.data.repository.ListCrudRepository;

interface FindingRepository extends ListCrudRepository<Finding, Long> {
}
