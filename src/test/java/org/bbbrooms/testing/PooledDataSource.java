package org.bbbrooms.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps the connections that tests close open for the next caller, as the container's connection pool does: without
 * it, every transaction and every read outside one opens a connection, which costs PostgreSQL a new server process
 * and MariaDB a new thread, tens of milliseconds each. It never makes a caller wait: when none is idle it opens one.
 * A connection comes back with its transaction rolled back and auto-commit on.
 * <p>Use: {@code DataSource ds = new PooledDataSource(database.freshDataSource());} and {@link #close()} it when done.
 */
final class PooledDataSource implements DataSource, AutoCloseable {

    /** Idle connections kept; more are opened when needed and closed on their return. */
    private static final int IDLE = 8;

    private final DataSource physical;
    private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>(IDLE);

    PooledDataSource(DataSource physical) {
        this.physical = physical;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = idle.pollFirst();
        return lend(connection != null ? connection : physical.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("tests connect as the schema's user only");
    }

    private Connection lend(Connection connection) {
        AtomicBoolean returned = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> {
                        if (returned.compareAndSet(false, true)) {
                            giveBack(connection);
                        }
                        yield null;
                    }
                    case "isClosed" -> returned.get() || connection.isClosed();
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> {
                        if (returned.get()) {
                            throw new SQLException("connection already closed");
                        }
                        yield invoke(connection, method, args);
                    }
                });
    }

    private static Object invoke(Connection connection, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void giveBack(Connection connection) throws SQLException {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException broken) {
            connection.close();
            return;
        }
        if (!idle.offerFirst(connection)) {
            connection.close();
        }
    }

    /** Closes the idle connections. */
    @Override
    public void close() {
        for (Connection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
            try {
                connection.close();
            } catch (SQLException e) {
                System.err.println("Could not close a test connection: " + e.getMessage());
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return physical.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        physical.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        physical.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return physical.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return physical.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return physical.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return physical.isWrapperFor(type);
    }
}
