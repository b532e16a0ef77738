package vn.binhthuy.partybuilding.reviews;

import org.springframework.data.repository.Repository;

import java.util.Optional;

/** The one writer of review_delegation. */
interface ReviewRepository extends Repository<Review, Long> {

    /** A review of the organization (or one of its cells); another organization's is not found. */
    Optional<Review> findByIdAndOrganizationId(long id, long organizationId);

    Review save(Review review);

    <S extends Review> Iterable<S> saveAll(Iterable<S> reviews);

    void delete(Review review);
}
