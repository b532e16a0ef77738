package vn.binhthuy.partybuilding.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.classification.OrganizationRatingAggregate;

import java.util.HashMap;
import java.util.Map;

/** The stored organization ratings of a year an import compares with; writes go through the classification feature. */
@Repository
class OrganizationRatingImportQueries {

    private final JdbcClient jdbc;

    OrganizationRatingImportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The year's ratings by organization id; a confirm locks them (and waits for a concurrent confirm's). */
    Map<Long, OrganizationRatingAggregate> existing(int year, ImportQueries.Lock lock) {
        Map<Long, OrganizationRatingAggregate> existing = new HashMap<>();
        jdbc.sql("""
                        SELECT id, unit_id, rating_year, level_id, exemplary, note, version
                        FROM organization_rating WHERE rating_year = :year""" + lock.sql())
                .param("year", year)
                .query((rs, i) -> new OrganizationRatingAggregate(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getLong(4), rs.getBoolean(5), rs.getString(6), rs.getInt(7))).list()
                .forEach(r -> existing.put(r.organizationId(), r));
        return existing;
    }
}
