package vn.binhthuy.partybuilding.security;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface UserRepository extends ListCrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findAllByOrderByUsername();

    @Modifying
    @Query("UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = :at WHERE username = :username")
    int recordSuccessfulLogin(String username, LocalDateTime at);

    @Query("SELECT username FROM app_user WHERE unit_id IN (:units) ORDER BY username")
    List<String> usernamesBoundTo(Collection<Long> units);

    @Query("SELECT must_change_password FROM app_user WHERE username = :username")
    Optional<Boolean> mustChangePassword(String username);
}
