package vn.binhthuy.partybuilding.classification;

import org.springframework.data.repository.ListCrudRepository;

interface MemberRatingRepository extends ListCrudRepository<MemberRating, Long> {
}
