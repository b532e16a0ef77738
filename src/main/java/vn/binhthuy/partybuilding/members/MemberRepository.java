package vn.binhthuy.partybuilding.members;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The one writer of party_member and member_assignment (the register and transfers alike); the register's paged
 * search stays SQL (MemberQueries).
 */
interface MemberRepository extends ListCrudRepository<PartyMember, Long> {

    boolean existsByCode(String code);
}
