package vn.binhthuy.partybuilding.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Like a new deployment on its own database: no demo data, one administrator who must change the password. */
@SpringBootTest(properties = {
        "partybuilding.demo-data.enabled=false",
        "partybuilding.security.initial-admin-password=KhoiTao2026x"})
class FirstStartWithoutDemoDataTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired UserAccountService accounts;

    @Test
    void startsWithOneAdministratorAndNoPartyData() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicator", Integer.class)).isEqualTo(27);
        Map<String, Object> admin = jdbc.queryForMap("""
                SELECT u.username, u.password_hash, u.must_change_password, r.role_code
                FROM app_user u JOIN app_user_role r ON r.user_id = u.id""");
        assertThat(admin.get("username")).isEqualTo("admin");
        assertThat(admin.get("role_code")).isEqualTo("ADMIN");
        assertThat(encoder.matches("KhoiTao2026x", (String) admin.get("password_hash"))).isTrue();
        assertThat(accounts.mustChangePassword("admin")).isTrue();
    }
}
