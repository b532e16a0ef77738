package vn.binhthuy.partybuilding.classification;

import org.springframework.data.repository.ListCrudRepository;

interface OrganizationRatingRepository extends ListCrudRepository<OrganizationRatingAggregate, Long> {
}
