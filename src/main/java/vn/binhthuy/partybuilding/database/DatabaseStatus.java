package vn.binhthuy.partybuilding.database;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Whether the database answers now: what a page waiting for the database asks before it tries again. */
@Component
public class DatabaseStatus {

    private final DataSource dataSource;

    DatabaseStatus(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
