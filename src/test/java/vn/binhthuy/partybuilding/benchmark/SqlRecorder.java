package vn.binhthuy.partybuilding.benchmark;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps the application's DataSource and, while recording, keeps every prepared query with its parameters as
 * the driver received them, so that the benchmark can run exactly the same SQL again through plain JDBC.
 */
final class SqlRecorder {

    /** One executed query: its SQL and the parameter setter calls made on the statement, in order. */
    record Query(String sql, List<SetterCall> parameters) {}

    record SetterCall(Method method, Object[] args) {}

    private static final ThreadLocal<List<Query>> RECORDING = new ThreadLocal<>();

    private SqlRecorder() {
    }

    static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    /** Runs the action and returns the queries it executed on this thread. */
    static List<Query> record(Runnable action) {
        List<Query> queries = new ArrayList<>();
        RECORDING.set(queries);
        try {
            action.run();
        } finally {
            RECORDING.remove();
        }
        return queries;
    }

    /** Runs recorded queries through plain JDBC, reading every column of every row; returns the rows read. */
    static int replay(DataSource raw, List<Query> queries) {
        int rows = 0;
        try (Connection connection = raw.getConnection()) {
            for (Query query : queries) {
                try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
                    for (SetterCall call : query.parameters()) {
                        call.method().invoke(statement, call.args());
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                rs.getObject(i);
                            }
                            rows++;
                        }
                    }
                }
            }
        } catch (SQLException | ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")
                            && RECORDING.get() != null) {
                        return statement((String) args[0], statement);
                    }
                    return result;
                });
    }

    private static PreparedStatement statement(String sql, PreparedStatement target) {
        List<SetterCall> parameters = new ArrayList<>();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                parameters.add(new SetterCall(method, args.clone()));
            }
            if (method.getName().equals("executeQuery") && (args == null || args.length == 0)) {
                List<Query> recording = RECORDING.get();
                if (recording != null) {
                    recording.add(new Query(sql, List.copyOf(parameters)));
                }
            }
            return invoke(target, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
